package org.capexlens.io.sec;

/**
 * A download from SEC EDGAR failed. The message is one plain sentence for the user (why, and how to download the
 * file by hand); the cause, if any, is for the log. Nothing was written when this is thrown.
 */
public final class SecFetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SecFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
