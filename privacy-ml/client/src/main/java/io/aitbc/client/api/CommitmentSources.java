package io.aitbc.client.api;

import java.math.BigInteger;
import java.util.stream.Stream;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a consumer takes a model's commitment from (docs/HYBRID.md §3, "Result"): the marketplace listing it chose
 * and/or the on-chain ModelRegistry, never the server's profile or version record alone. With both, they must
 * agree, or nothing is sent.
 *
 * @param listingId the marketplace listing the consumer chose, if any
 * @param registry  the on-chain registry, if the consumer configured a chain
 */
public record CommitmentSources(Optional<Long> listingId, Optional<ModelRegistryReader.Location> registry) {

    public CommitmentSources {
        if (listingId.isEmpty() && registry.isEmpty()) {
            throw new IllegalArgumentException("hybrid inference needs a source of the model commitment the client"
                    + " can trust: the marketplace listing you chose (--listing ID) and/or the on-chain registry"
                    + " (--model-registry ADDRESS with --rpc-url and --chain-id)");
        }
    }

    /**
     * Resolves the model, version and commitment.
     *
     * @param modelId the model the consumer named, or null to take the listing's
     * @param version the version the consumer named, or null for the latest the sources publish
     * @throws UntrustedResultException the sources disagree or do not publish a commitment for that version
     */
    public TrustedCommitment resolve(AitbcClient client, Long modelId, Integer version) {
        Optional<Views.Listing> listing = listingId.map(client::listing);
        long model = model(listing, modelId);
        try (ModelRegistryReader chain = registry.map(ModelRegistryReader::connect).orElse(null)) {
            if (chain != null) chain.requireExpectedOwner(model);
            int v = version != null ? version : listing.map(CommitmentSources::latest).orElseGet(() -> chain.latestVersion(model));
            Optional<Views.PublishedVersion> listed = listing.map(l -> published(l, v));
            Optional<BigInteger> onChain = Optional.ofNullable(chain).map(c -> c.commitment(model, v));
            if (listed.isPresent() && onChain.isPresent() && !onChain.get().equals(new BigInteger(listed.get().commitment()))) {
                throw new UntrustedResultException("model " + model + " version " + v + ": marketplace listing "
                        + listingId.get() + " publishes commitment " + listed.get().commitment() + " but "
                        + chain.location() + " holds " + onChain.get() + "; refusing to run (nothing was sent)");
            }
            BigInteger commitment = onChain.orElseGet(() -> new BigInteger(listed.orElseThrow().commitment()));
            BigInteger archHash = listed.map(p -> new BigInteger(p.archHash())).orElseGet(() -> archHashOf(client, model, v));
            return new TrustedCommitment(model, v, archHash, commitment, describe());
        }
    }

    /** "marketplace listing 5", "ModelRegistry 0x.. on chain 31337" or both, joined by "and". */
    public String describe() {
        return String.join(" and ", Stream.concat(listingId.map(id -> "marketplace listing " + id).stream(),
                registry.map(Object::toString).stream()).toList());
    }

    private long model(Optional<Views.Listing> listing, Long modelId) {
        if (listing.isEmpty()) {
            if (modelId == null) throw new IllegalArgumentException("name the model (--model ID) or the listing (--listing ID)");
            return modelId;
        }
        long listed = listing.get().modelId();
        if (modelId != null && modelId != listed) {
            throw new IllegalArgumentException("marketplace listing " + listing.get().id() + " offers model " + listed
                    + ", not model " + modelId);
        }
        return listed;
    }

    private static int latest(Views.Listing l) {
        return l.publishedVersions().stream().mapToInt(Views.PublishedVersion::number).max()
                .orElseThrow(() -> new UntrustedResultException("marketplace listing " + l.id()
                        + " publishes no model commitment: its evaluation proofs cannot be checked"));
    }

    private static Views.PublishedVersion published(Views.Listing l, int version) {
        return l.publishedVersions().stream().filter(p -> p.number() == version).findFirst()
                .orElseThrow(() -> new UntrustedResultException("marketplace listing " + l.id()
                        + " publishes no commitment for version " + version + " of model " + l.modelId()));
    }

    /** Registry only: the architecture hash from the version record (the registry's commitment binds it). */
    private static BigInteger archHashOf(AitbcClient client, long model, int version) {
        return client.versions(model).stream().filter(v -> v.number() == version && v.archHash() != null)
                .max(Comparator.comparingInt(Views.ModelVersion::number))
                .map(v -> new BigInteger(v.archHash()))
                .orElseThrow(() -> new ApiException(404, "Not Found", "model " + model + " has no version " + version
                        + " with an architecture hash"));
    }
}
