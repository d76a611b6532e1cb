package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says in plain words why a document failed, for the one error line a batch prints: the problem
 * and the file it concerns, never a Java class name.
 */
public final class Failures
{
    private Failures()
    {
    }

    public static String describe(Throwable failure)
    {
        if (failure instanceof OutOfMemoryError) {
            return "not enough memory to annotate it (give Java more heap, e.g. "
                    + "CONFLICTKIT_JAVA_OPTS=-Xmx4g, or split the document)";
        }
        if (failure instanceof StackOverflowError) {
            return "too deeply nested for the engines (stack exhausted)";
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException) {
            return reason(cause);
        }
        String message = cause.getMessage();
        return "annotation failed" + (message == null || message.isBlank() ? ""
                : ": " + message.strip());
    }

    /** Why a file could not be read or written, without the temporary file's name. */
    public static String reason(Throwable failure)
    {
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof DirectoryNotEmptyException
                || failure instanceof FileAlreadyExistsException) {
            return "a folder or file of that name is in the way";
        }
        if (failure instanceof FileSystemException e && e.getReason() != null) {
            return e.getReason();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "input or output error" : message.strip();
    }
}
