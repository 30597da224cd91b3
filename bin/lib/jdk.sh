# Sourced by the project's scripts: selects a JDK 21+ and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is 21+, else the newest JDK 21+ under /usr/lib/jvm, else `java` on PATH.
# Fails with a clear message if none is found (the default `java` on these machines is 17).

_aitbc_java_major() { # $1 = path to a java binary; prints its feature version
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

aitbc_select_jdk() {
  local cand best="" best_v=0 v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(_aitbc_java_major "$JAVA_HOME/bin/java")
    if [ "${v:-0}" -ge 21 ]; then export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
  fi
  for cand in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java "$(command -v java 2>/dev/null)"; do
    [ -x "$cand" ] || continue
    v=$(_aitbc_java_major "$cand")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$cand"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "error: AITBC needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm, PATH)." >&2
    echo "       Install one (e.g. Temurin 21/25) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$(cd "$(dirname "$best")/.." && pwd)
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
}

aitbc_select_jdk || exit 1
