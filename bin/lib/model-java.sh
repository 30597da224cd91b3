# Sourced by bin/train-models and bin/model-accuracy: compiles privacy-ml/model (and what it depends on)
# and runs one of its main classes: model_java <main class> [args...].
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/bin/lib/jdk.sh"
model_java() {
  local main=$1; shift
  local cp_file="$ROOT/privacy-ml/model/target/runtime.classpath"
  (cd "$ROOT" && mvn -q -B -pl privacy-ml/model -am compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >&2)
  cd "$ROOT"
  exec java -Xmx8g -cp "$ROOT/privacy-ml/model/target/classes:$ROOT/privacy-ml/zk/target/classes:$(cat "$cp_file")" "$main" "$@"
}
