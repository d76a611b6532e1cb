package org.conflictkit.pipelines.stress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Generated inputs of the kinds that scraped news archives contain and that break text tools:
 * empty and blank files, huge documents, one endless word, quotation marks without end,
 * thousands of numbers, invisible and right-to-left characters, characters outside the Basic
 * Multilingual Plane, invalid UTF-8, HTML junk and all-caps wire copy. Each input is generated at
 * a scale (its own unit: characters, quotes, levels, numbers) so that runs can compare two sizes.
 * Deterministic: the same scale gives the same bytes.
 */
public final class HostileInputs
{
    /**
     * One kind of hostile input.
     *
     * @param name
     *            a file-name-safe name.
     * @param unit
     *            what the scale counts.
     * @param testScale
     *            a scale small enough for unit tests (the figure where that is small).
     * @param failure
     *            the start of the error that {@code annotate} reports for it by design, or null
     *            when it must be annotated.
     * @param generator
     *            the bytes of the input at a scale.
     */
    public record HostileInput(String name, String unit, int testScale, String failure,
            IntFunction<byte[]> generator)
    {
        public byte[] bytes(int scale)
        {
            return generator.apply(scale);
        }

        /** True when the input grows with its scale (the failures by design do not). */
        public boolean scales()
        {
            return failure == null;
        }
    }

    private static final String[] PLACES = { "Kyiv", "Kharkiv", "Odesa", "Donetsk region", "Gaza",
            "Rafah", "Aleppo", "Idlib province", "Mosul", "Khartoum", "El Fasher", "Sanaa",
            "Hodeidah", "Bakhmut", "the Black Sea", "Crimea", "Beirut", "Tripoli" };
    private static final String[] WEAPONS = { "Shahed drones", "Iskander missiles",
            "artillery shells", "HIMARS rockets", "Su-34 jets", "Kalibr cruise missiles",
            "mortar rounds", "a car bomb", "FPV drones", "T-72 tanks", "an S-300 missile",
            "Grad rockets" };
    private static final String[] COUNTS = { "12", "three", "dozens of", "at least 40", "two",
            "1,200", "more than 100", "seven", "hundreds of", "a dozen", "twenty-three", "5" };
    private static final String[] VICTIMS = { "civilians", "people", "soldiers", "children",
            "fighters", "residents" };
    private static final String[] OUTCOMES = { "killed", "wounded", "injured", "missing",
            "dead" };
    private static final String[] SPEAKERS = { "the governor", "military spokesman Oleh Petrenko",
            "Defence Minister Amira Haddad", "a local official", "General Samuel Okafor",
            "the health ministry" };
    private static final String[] TEMPLATES = {
            "%w struck %p overnight, killing %c %v.",
            "%c %v were %o when %w hit %p on Tuesday.",
            "\"We heard %w over %p all night,\" %s said.",
            "%s said %c %v had been %o in %p.",
            "Forces fired %w at targets near %p, according to %s.",
            "In %p, %c %v remain %o after the attack, %s told reporters.",
            "\u201CThe situation in %p is critical,\u201D said %s, adding that %w were used.",
            "Air defences shot down %c %w over %p, %s said on Telegram." };

    private HostileInputs()
    {
    }

    /** Every hostile input, in a fixed order. */
    public static List<HostileInput> all()
    {
        return List.of(
                input("empty", "bytes", 0, "empty document", n -> new byte[0]),
                input("whitespace-only", "characters", 10_000, "empty document",
                        n -> utf8(repeat(" \t\r\n\u00A0\u2003\u3000", n))),
                input("invalid-utf8", "bytes", 10_000, "not UTF-8 text", HostileInputs::invalidUtf8),
                input("large-news", "characters", 1_000_000, null, n -> utf8(news(n, 1))),
                input("one-endless-sentence", "characters", 200_000, null,
                        n -> utf8(news(n, 2).replace('.', ',').replace('\n', ' '))),
                input("long-word", "characters", 200_000, null, n -> utf8("a".repeat(n))),
                input("long-joined-word", "characters", 200_000, null,
                        n -> utf8("x".repeat(n / 2) + repeat("-7", n / 2))),
                input("only-quotes", "characters", 100_000, null,
                        n -> utf8(repeat("\"\u201C\u201D'\u2018\u2019\u00AB\u00BB \"\"\n", n))),
                input("unbalanced-opening-quotes", "quotes", 10_000, null,
                        HostileInputs::unbalancedQuotes),
                input("nested-quotes", "levels", 5_000, null, HostileInputs::nestedQuotes),
                input("digits", "numbers", 100_000, null, HostileInputs::digits),
                input("number-words", "characters", 100_000, null, n -> utf8(repeat(
                        "one hundred two hundred thousand thousand million and five dozen dozens ",
                        n))),
                input("place-lists", "characters", 200_000, null, HostileInputs::placeLists),
                input("unicode-mix", "characters", 200_000, null, n -> utf8(unicodeMix(n))),
                input("html-junk", "characters", 200_000, null, n -> utf8(htmlJunk(n))),
                input("all-caps-wire", "characters", 200_000, null,
                        n -> utf8(news(n, 3).toUpperCase(java.util.Locale.ROOT))));
    }

    /** The input of that name. */
    public static HostileInput named(String name)
    {
        return all().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile input " + name));
    }

    private static HostileInput input(String name, String unit, int testScale, String failure,
            IntFunction<byte[]> generator)
    {
        return new HostileInput(name, unit, testScale, failure, generator);
    }

    /** News-like sentences from the templates, about {@code length} characters, 1-4 per line. */
    public static String news(int length, long seed)
    {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String sentence = pick(random, TEMPLATES).replace("%w", pick(random, WEAPONS))
                        .replace("%p", pick(random, PLACES)).replace("%c", pick(random, COUNTS))
                        .replace("%v", pick(random, VICTIMS))
                        .replace("%o", pick(random, OUTCOMES))
                        .replace("%s", pick(random, SPEAKERS));
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1,
                        sentence.length());
                text.append(s + 1 < sentences ? " " : "\n");
            }
        }
        return text.toString();
    }

    private static byte[] invalidUtf8(int n)
    {
        byte[] bytes = utf8(news(n, 4));
        // A lone continuation byte, a truncated sequence and bytes that never occur in UTF-8.
        byte[][] bad = { { (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xFF },
                { (byte) 0xC0, (byte) 0xAF } };
        for (int i = 0, at = bytes.length / 5; i < bad.length; i++, at += bytes.length / 5) {
            System.arraycopy(bad[i], 0, bytes, at, bad[i].length);
        }
        return bytes;
    }

    private static byte[] unbalancedQuotes(int quotes)
    {
        StringBuilder text = new StringBuilder();
        String[] opening = { "\u201C", "\"", "\u2018", "\u00AB", "'" };
        for (int i = 0; i < quotes; i++) {
            text.append(opening[i % opening.length]).append(i % 3 == 0 ? "Kyiv was hit, " : "We ")
                    .append(i % 50 == 49 ? "the governor said\n" : "");
        }
        return utf8(text.toString());
    }

    private static byte[] nestedQuotes(int depth)
    {
        StringBuilder text = new StringBuilder("The spokesman said: ");
        for (int i = 0; i < depth; i++) {
            text.append(i % 2 == 0 ? "\u201CHe told us " : "\u2018she said ");
        }
        text.append("12 people were killed in Gaza");
        for (int i = depth - 1; i >= 0; i--) {
            text.append(i % 2 == 0 ? "\u201D" : "\u2019");
        }
        return utf8(text.append(".\n").toString());
    }

    private static byte[] digits(int count)
    {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i).append(i == count ? "\n" : " ");
        }
        return utf8(text.toString());
    }

    /** Long coordinated lists of places in one sentence each, separated by commas and "and". */
    private static byte[] placeLists(int length)
    {
        StringBuilder text = new StringBuilder("Strikes were reported in ");
        for (int i = 0; text.length() < length; i++) {
            text.append(PLACES[i % PLACES.length]).append(i % 7 == 6 ? " and " : ", ");
            if (i % 5_000 == 4_999) {
                text.append("Kyiv.\nStrikes were reported in ");
            }
        }
        return utf8(text.append("Kyiv.\n").toString());
    }

    /**
     * News text with control, zero-width and bidirectional characters, emoji (with ZWJ
     * sequences and flags), mathematical letters and CJK outside the BMP, Arabic and Hebrew, all
     * placed against and inside words that the engines annotate.
     */
    private static String unicodeMix(int length)
    {
        String[] odd = { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202C",
                "\u0007", "\u001B", "\u000B", "\u000C", "\r", "\u0085", "\u2028", "\u2029",
                "\uD83D\uDE80", "\uD83C\uDDFA\uD83C\uDDE6", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "\uD835\uDC00\uD835\uDC01", "\uD840\uDC00", "\u0645\u0642\u062A\u0644 \u0661\u0662",
                "\u05D4\u05E8\u05D5\u05D2\u05D9\u05DD", "e\u0301", "\uFFFD", "\uD83D\uDCA5",
                "\uDB40\uDC01" };
        Random random = new Random(5);
        String news = news(length, 5);
        StringBuilder text = new StringBuilder(length * 2);
        for (int i = 0; i < news.length(); i++) {
            char c = news.charAt(i);
            if (random.nextInt(6) == 0) {
                text.append(odd[random.nextInt(odd.length)]);
            }
            text.append(c);
        }
        return text.toString();
    }

    private static String htmlJunk(int length)
    {
        Random random = new Random(6);
        String news = news(length, 6);
        String[] junk = { "<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/world\">World</a></div>",
                "<script>var t = \"<p>\" + x + '\\'quoted\\'' ; if (a < b && c > d) {}</script>",
                "<style>.x{content:\"\\201C\"}</style>", "&nbsp;&amp;&lt;&gt;&#8220;&#x201D;&quot;",
                "Share on Facebook | Tweet | Email | Print", "Accept all cookies",
                "<!-- comment \"unclosed", "<p>", "</p>", "<br/>", "<img src=\"a.jpg\" alt=\"Kyiv\">",
                "Advertisement", "Read more: 12 killed in Gaza >>", "\u00A9 2024 All rights reserved." };
        StringBuilder text = new StringBuilder("<!DOCTYPE html><html><head><title>News</title></head><body>\n");
        for (String line : news.split("\n")) {
            text.append(junk[random.nextInt(junk.length)]).append("<p>").append(line)
                    .append("</p>").append(junk[random.nextInt(junk.length)]).append('\n');
        }
        return text.append("</body></html>\n").toString();
    }

    private static String repeat(String unit, int length)
    {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options)
    {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
