package io.aitbc.contracts.tx;

import org.web3j.protocol.core.RemoteCall;
import org.web3j.protocol.exceptions.ClientConnectionException;
import org.web3j.protocol.exceptions.TransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a wrapper's transaction (or deployment) and reports failures in three kinds only: the node could not be
 * reached or did not answer ({@link IOException}), the transaction was sent but not mined in time
 * ({@link TransactionNotMinedException}), or the contract reverted ({@link ContractRevertedException}, before sending
 * when the gas estimate reverted, or after mining with status 0).
 */
public final class Transactions {
    private final RevertDecoder decoder;

    public Transactions(RevertDecoder decoder) {
        this.decoder = decoder;
    }

    public <T> T send(RemoteCall<T> call) throws IOException {
        try {
            return call.send();
        } catch (ContractRevertedException e) {
            throw e;
        } catch (TransactionException e) {
            if (e.getTransactionReceipt().isEmpty()) {
                throw new TransactionNotMinedException("transaction not confirmed: " + e.getMessage(), e);
            }
            String data = e.getEncodedDataResponse().filter(d -> d.startsWith("0x")).orElse(null);
            throw new ContractRevertedException("transaction " + e.getTransactionHash().orElse("?") + " reverted",
                    data, decoder.decode(data).orElse(null), e.getTransactionHash().orElse(null));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ClientConnectionException e) {
            throw new IOException("node answered with an HTTP error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        } catch (Exception e) {
            throw new IOException("chain call failed: " + e.getMessage(), e);
        }
    }
}
