package org.memberportal.domain.ticket;

/**
 * How much a ticket may carry (settings): the bytes of one file, and the files of one ticket. A
 * support question needs a screenshot or a log, not an archive of everything.
 */
public record AttachmentLimits(long maxFileBytes, int maxFilesPerTicket) {

    public AttachmentLimits {
        if (maxFileBytes < 1 || maxFilesPerTicket < 1) {
            throw new IllegalArgumentException("a ticket takes at least one file of at least one byte");
        }
    }

    public boolean takesAnotherFile(int filesAlready) {
        return filesAlready < maxFilesPerTicket;
    }
}
