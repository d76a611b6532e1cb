package org.conflictkit.pipelines.server;

/**
 * Text from a request made safe for a log line or an error answer: control characters (line
 * breaks included) and backslashes are written as escapes, so a client cannot forge log lines.
 */
final class LogText
{
    private LogText()
    {
    }

    static String escape(String text)
    {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
            case '\\' -> escaped.append("\\\\");
            case '\n' -> escaped.append("\\n");
            case '\r' -> escaped.append("\\r");
            case '\t' -> escaped.append("\\t");
            default -> {
                if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                    escaped.append(String.format("\\u%04x", c));
                }
                else {
                    escaped.appendCodePoint(c);
                }
            }
            }
        });
        return escaped.toString();
    }
}
