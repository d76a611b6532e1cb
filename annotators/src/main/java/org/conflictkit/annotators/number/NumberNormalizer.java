package org.conflictkit.annotators.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number that a sequence of tokens starts with: digits with separators ({@code 3,000},
 * {@code 1.2 million}), number words and compounds ({@code three}, {@code twenty-three},
 * {@code one hundred and five}), dozens ({@code a dozen}, {@code two dozen}, {@code half a dozen})
 * and vague amounts ({@code dozens}, {@code hundreds}, {@code several}, {@code a few},
 * {@code several hundred}, {@code tens of thousands}). Stateless and thread-safe.
 */
public final class NumberNormalizer
{
    /**
     * A number read from tokens.
     *
     * @param length
     *            how many tokens the number covers.
     * @param value
     *            the value; -1 when vague.
     * @param vague
     *            true for amounts without a value ("dozens", "several").
     */
    public record Number(int length, long value, boolean vague)
    {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty",
            40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand",
            1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands",
            "millions", "scores", "several", "many", "numerous", "multiple", "some", "few",
            "tens");

    /** Digits with thousands separators in groups of three and an optional decimal part. */
    private static final Pattern DIGITS = Pattern
            .compile("(\\d{1,3}(,\\d{3})+|\\d{1,15})(\\.\\d{1,6})?");

    /** Words that make a vague amount larger: "several hundred", "tens of thousands". */
    private static final Set<String> VAGUE_SCALES = Set.of("dozen", "dozens", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions");

    private NumberNormalizer()
    {
    }

    /** The number that starts at {@code start}, or null when the tokens there are no number. */
    public static Number parse(List<String> tokens, int start)
    {
        if (start >= tokens.size()) {
            return null;
        }
        String first = lower(tokens, start);
        if (first.equals("half") && is(tokens, start + 1, "a") && is(tokens, start + 2, "dozen")) {
            return new Number(3, 6, false);
        }
        if (first.equals("a") && is(tokens, start + 1, "few")) {
            return vague(tokens, start, 2);
        }
        if ((first.equals("a") || first.equals("an")) && start + 1 < tokens.size()) {
            String next = lower(tokens, start + 1);
            if (next.equals("dozen")) {
                return new Number(2, 12, false);
            }
            if (MULTIPLIERS.containsKey(next)) {
                Number rest = parseWords(tokens, start + 1, 1);
                return rest == null ? null : new Number(rest.length() + 1, rest.value(), false);
            }
            return null;
        }
        if (VAGUE.contains(first)) {
            return vague(tokens, start, 1);
        }
        Number number = Character.isDigit(first.charAt(0)) ? parseDigits(tokens, start)
                : parseWords(tokens, start, 0);
        if (number != null && is(tokens, start + number.length(), "dozen")) {
            return new Number(number.length() + 1, number.value() * 12, false);
        }
        return number;
    }

    /** A vague amount of {@code length} tokens, with a scale after it: "several hundred". */
    private static Number vague(List<String> tokens, int start, int length)
    {
        int end = start + length;
        if (is(tokens, end, "of") && end + 1 < tokens.size()
                && VAGUE_SCALES.contains(lower(tokens, end + 1))
                && lower(tokens, end + 1).endsWith("s")) {
            return new Number(length + 2, -1, true); // tens of thousands
        }
        if (end < tokens.size() && VAGUE_SCALES.contains(lower(tokens, end))) {
            return new Number(length + 1, -1, true); // several hundred, a few dozen
        }
        return new Number(length, -1, true);
    }

    /** The value of a single token such as "3,000", "twelve" or "1.5"; null when it is none. */
    public static Long valueOf(String token)
    {
        Number number = parse(List.of(token), 0);
        return number == null || number.vague() ? null : number.value();
    }

    private static Number parseDigits(List<String> tokens, int start)
    {
        String token = tokens.get(start);
        if (!DIGITS.matcher(token).matches()) {
            return null;
        }
        double value = Double.parseDouble(token.replace(",", ""));
        int length = 1;
        Long multiplier = start + 1 < tokens.size() ? MULTIPLIERS.get(lower(tokens, start + 1))
                : null;
        if (multiplier != null && multiplier >= 1_000) {
            value *= multiplier;
            length++;
        }
        else if (value != Math.rint(value)) {
            return null; // a decimal without a multiplier is no count
        }
        return new Number(length, Math.round(value), false);
    }

    /** Number words: [units|tens[-units]] (hundred (and)? ...)? (thousand|million ...)? */
    private static Number parseWords(List<String> tokens, int start, long implicitFirst)
    {
        long total = 0;
        long current = implicitFirst;
        int i = start;
        int consumedEnd = start;
        boolean any = implicitFirst > 0;
        while (i < tokens.size()) {
            String word = lower(tokens, i);
            if (UNITS.containsKey(word) && current % 100 == 0) {
                current += UNITS.get(word);
                i++;
            }
            else if (TENS.containsKey(word) && current % 100 == 0) {
                current += TENS.get(word);
                i++;
                if (is(tokens, i, "-") && i + 1 < tokens.size()
                        && UNITS.getOrDefault(lower(tokens, i + 1), 10) < 10) {
                    current += UNITS.get(lower(tokens, i + 1));
                    i += 2;
                }
            }
            else if (MULTIPLIERS.containsKey(word) && (any || current > 0)) {
                long multiplier = MULTIPLIERS.get(word);
                if (multiplier == 100) {
                    current = Math.max(current, 1) * 100;
                }
                else {
                    total += Math.max(current, 1) * multiplier;
                    current = 0;
                }
                i++;
            }
            else if (word.equals("and") && any && MULTIPLIERS.containsKey(lower(tokens, i - 1))
                    && i + 1 < tokens.size() && (UNITS.containsKey(lower(tokens, i + 1))
                            || TENS.containsKey(lower(tokens, i + 1)))) {
                i++;
                continue;
            }
            else {
                break;
            }
            any = true;
            consumedEnd = i;
        }
        if (!any || consumedEnd == start) {
            return null;
        }
        return new Number(consumedEnd - start, total + current, false);
    }

    private static boolean is(List<String> tokens, int i, String word)
    {
        return i < tokens.size() && tokens.get(i).equalsIgnoreCase(word);
    }

    private static String lower(List<String> tokens, int i)
    {
        return tokens.get(i).toLowerCase(Locale.ROOT);
    }
}
