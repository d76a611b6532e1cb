package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.quote.QuoteLexicon.Cue;
import org.conflictkit.annotators.quote.QuoteLexicon.Kind;
import org.conflictkit.annotators.quote.QuoteLexicon.Term;
import org.conflictkit.annotators.rules.Interruption;

/**
 * Finds reported speech in a unit of text: each speech verb (or "according to", or a headline's
 * trailing "...: officials") with the mention of its source and the clauses it reports, before
 * it ("..., the ministry said") or after it ("X said that ..."). The quote engine parses each
 * document once: it turns the clauses into indirect quotes and writes every report as a
 * {@link org.conflictkit.type.SpeechEvent}, which the speaker engine reads to attribute quotes
 * (it uses only the parser's mention helpers). Works on tokens without part-of-speech tags: noun
 * phrases are runs of tokens that are not function words, verbs or adverbs; every walk is
 * bounded, so the cost is linear in the unit's length.
 * <p>
 * A speech verb goes through the named steps of {@link #CUE_STEPS} in order (finders and
 * rejections). "According to" and the headline source stay in {@link #parse}'s own flow: the
 * first is found while walking the tokens (which it skips), the second only for a unit with no
 * other report.
 */
final class ReportParser
{
    /** Tokens {@code first..last}, both included. */
    record Span(int first, int last)
    {
    }

    /** The words naming a source and an optional apposition describing it. */
    record Mention(Span words, Span apposition)
    {
        int first()
        {
            return apposition == null ? words.first() : Math.min(words.first(), apposition.first());
        }

        int last()
        {
            return apposition == null ? words.last() : Math.max(words.last(), apposition.last());
        }
    }

    /**
     * Reported speech: the rule that found it, the cue's lemma (null for "according to" and
     * headlines), the cue's tokens, the source, and the reported clause before and/or after the
     * cue (either may be null).
     */
    record Report(String rule, String lemma, Span cue, Mention speaker, Span before,
            Span after, boolean directOnly)
    {
    }

    /** A lexicon term found over tokens. */
    record TermHit(int first, int last, Term term)
    {
    }

    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "would",
            "will", "may", "might", "could", "can", "should", "must", "did", "does", "do", "to");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been",
            "being");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "via",
            "during", "through", "by", "over", "from", "after", "to");
    /** Words after a comma that end a reported clause: "..., which ...", "..., according to". */
    private static final Set<String> CLAUSE_BREAKS = Set.of("which", "while", "whereas", "but",
            "according", "though", "although");
    private static final Set<String> BUT_VERBS = Set.of("did", "does", "do", "has", "have",
            "had", "would", "could", "was", "were", "is", "are", "also", "not", "declined",
            "refused", "said", "added");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    /** Words after "X said," that open an adjunct, not the rest of a parenthetical report. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "though", "although", "when",
            "after", "before", "because", "amid", "since", "even");
    /** Prepositions whose object cannot be a verb's subject (not "after", "before": clauses). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "on", "at", "to", "from",
            "with", "by", "into", "over", "under", "during", "about", "against", "near", "via",
            "through", "across", "amid", "despite", "without", "within", "per", "upon", "among",
            "between", "behind");
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("at", "in", "from", "near",
            "on", "with", "inside");

    private final QuoteLexicon lexicon;
    /** Bounds of the noun phrase walks and of parenthetical reports. */
    private final QuoteSettings settings;

    /** The lower-case words of one of the lexicon's word lists. */
    Set<String> words(Kind kind)
    {
        return lexicon.words(kind);
    }

    ReportParser(QuoteLexicon lexicon, QuoteSettings settings)
    {
        this.lexicon = lexicon;
        this.settings = settings;
    }

    /**
     * The speech verb at token {@code t} ("said", "told", "asked"), written in lower case and
     * not inside a quote, or null.
     */
    TokenTrie.Match<Cue> cueAt(QuoteUnits d, int t)
    {
        if (t >= d.tokens.size() || !d.tokens.isWord(t) || d.tokens.isCapitalised(t)
                || d.quoted[t]) {
            return null;
        }
        return lexicon.cues().longestMatch(Arrays.asList(d.lower), t, Function.identity());
    }

    /** Whether a token is a dash that stands between words ("―", "—", "–", a spaced "-"). */
    static boolean isDashToken(QuoteUnits d, int t)
    {
        return isDash(d, t) || d.lower[t].equals("\u2015");
    }

    /** The reports of a unit, in text order. */
    List<Report> parse(QuoteUnits d, int u) throws AnalysisEngineProcessException
    {
        List<String> words = Arrays.asList(d.lower);
        List<Report> reports = new ArrayList<>();
        int e = d.unitEnd[u];
        int s = d.afterDateline(d.unitStart[u], e);
        for (int t = s; t < e; t++) {
            Interruption.check(); // per token: a unit may be a whole page
            if (d.lower[t].equals("according") && t + 1 < e && d.lower[t + 1].equals("to")) {
                Report r = accordingTo(d, t, s, e);
                if (r != null) {
                    reports.add(r);
                }
                t++;
                continue;
            }
            if (!d.tokens.isWord(t) || d.tokens.isCapitalised(t)) {
                continue;
            }
            TokenTrie.Match<Cue> m = lexicon.cues().longestMatch(words, t, Function.identity());
            if (m == null || t + m.length() > e || d.quoted[t]) {
                continue; // speech reported inside a quote belongs to the quote
            }
            int next = t + m.length();
            if (next < e && lexicon.cues().longestMatch(words, next, Function.identity()) != null
                    && d.tokens.isWord(next)) {
                continue; // "casualty reports indicated": a noun before the verb
            }
            Report r = cueReport(d, t, t + m.length() - 1, m.value(), s, e, reports);
            if (r != null) {
                reports.add(r);
            }
            t += m.length() - 1;
        }
        if (reports.isEmpty()) {
            Report r = headline(d, s, e);
            if (r != null) {
                reports.add(r);
            }
        }
        return reports;
    }

    /**
     * A cue to find the report of: the cue's tokens and entry, the unit's reporting bounds
     * {@code [s, e)}, the reports found before it, and the token {@code j} before the words that
     * may stand between a subject and its verb (auxiliaries, adverbs, times), which include an
     * auxiliary ({@code auxiliary}) or a negation ({@code negated}).
     */
    private record CueSite(QuoteUnits d, int first, int last, Cue cue, int s, int e,
            List<Report> earlier, int j, boolean auxiliary, boolean negated)
    {
        Span cueSpan()
        {
            return new Span(first, last);
        }
    }

    /**
     * What a step decides about a cue: a report, or no report ({@link #REJECT}); a step that
     * does not apply returns null and leaves the cue to the next.
     */
    private record Decision(Report report)
    {
        static final Decision REJECT = new Decision(null);

        static Decision of(Report report)
        {
            return report == null ? REJECT : new Decision(report);
        }

        static Decision ifFound(Report report)
        {
            return report == null ? null : new Decision(report);
        }
    }

    /** A named step of {@link #CUE_STEPS}: finds a report at a cue or rejects the cue. */
    private record CueStep(String name, BiFunction<ReportParser, CueSite, Decision> decide)
    {
    }

    /**
     * The steps tried at each speech verb, in order; the first that decides wins. Finders are
     * named after the rule their reports record ({@code cue-...}); rejections name why the cue
     * reports nothing.
     */
    private static final List<CueStep> CUE_STEPS = List.of(
            new CueStep("cue-participle", ReportParser::participle),
            new CueStep("cue-cited",
                    (p, c) -> Decision.ifFound(p.citedAsSaying(c.d(), c.last() + 1, c.e()))),
            // "did not confirm", "declined to say"
            new CueStep("negated", (p, c) -> c.negated() ? Decision.REJECT : null),
            // a bare form after a singular word is a noun: "state media", "a report"
            new CueStep("bare-noun", (p, c) -> c.first() == c.last()
                    && c.d().lower[c.first()].equals(c.cue().lemma()) && !c.auxiliary()
                    && c.j() >= c.s() && !pluralSubject(c.d(), c.j()) ? Decision.REJECT : null),
            // passive: "was reported", "is believed"
            new CueStep("passive", (p, c) -> c.j() >= c.s() && BE.contains(c.d().lower[c.j()])
                    ? Decision.REJECT : null),
            new CueStep("cue-inverted", ReportParser::inverted),
            new CueStep("no-subject", (p, c) -> c.j() < c.s() ? Decision.REJECT : null),
            new CueStep("cue-coordinated", ReportParser::coordinated),
            new CueStep("cue-subject", ReportParser::subject));

    private Report cueReport(QuoteUnits d, int first, int last, Cue cue, int s, int e,
            List<Report> earlier)
    {
        int j = first - 1;
        boolean auxiliary = false;
        boolean negated = false;
        while (j >= s && (words(Kind.SKIP).contains(d.lower[j]) || d.lower[j].endsWith("n't")
                || timeAdverbial(d, j))) {
            negated |= words(Kind.NEGATION).contains(d.lower[j]) || d.lower[j].endsWith("n't");
            auxiliary |= AUXILIARIES.contains(d.lower[j]);
            j--;
        }
        CueSite site = new CueSite(d, first, last, cue, s, e, earlier, j, auxiliary, negated);
        for (CueStep step : CUE_STEPS) {
            Decision decision = step.decide().apply(this, site);
            if (decision != null) {
                Report r = decision.report();
                return r == null ? null
                        : new Report(step.name(), r.lemma(), r.cue(), r.speaker(), r.before(),
                                r.after(), r.directOnly());
            }
        }
        return null;
    }

    /** "“...,” said the mayor", "..., said X": the source after the verb. */
    private Decision inverted(CueSite c)
    {
        QuoteUnits d = c.d();
        int j = c.j();
        if (j < c.s() || !(d.lower[j].equals(",") || d.isClosingQuote(j))
                || c.cue().hearerFirst()) {
            return null;
        }
        Mention inverted = speakerAfter(d, c.last() + 1, c.e());
        if (inverted == null || isRecipient(d, inverted.words())
                || !onlyAdjunctsFollow(d, inverted.last() + 1, c.e(), c.cue())) {
            return null;
        }
        Span before = contentBefore(d, c.s(), j);
        return before == null ? null
                : new Decision(new Report(null, c.cue().lemma(), c.cueSpan(), inverted, before,
                        null, c.cue().directOnly()));
    }

    /** "X said ... and added that ...": the source of the report before, or the unit's subject. */
    private Decision coordinated(CueSite c)
    {
        QuoteUnits d = c.d();
        int j = c.j();
        if (!d.lower[j].equals("and") && !d.lower[j].equals("but")) {
            return null;
        }
        Span after = contentAfter(d, c.last() + 1, c.e(), c.cue());
        Mention subject = lastSpeaker(c.earlier());
        if (subject == null) {
            subject = unitSubject(d, c.s(), j);
        }
        return Decision.of(subject == null || after == null ? null
                : new Report(null, c.cue().lemma(), c.cueSpan(), subject, null, after,
                        c.cue().directOnly()));
    }

    /** "X said that ...", "..., X said": the subject before the verb and the clause it reports. */
    private Decision subject(CueSite c)
    {
        QuoteUnits d = c.d();
        int s = c.s();
        int e = c.e();
        int last = c.last();
        Cue cue = c.cue();
        Span after = contentAfter(d, last + 1, e, cue);
        Mention subject = subjectBefore(d, c.j(), s);
        if (subject == null) {
            return Decision.REJECT;
        }
        Span before = null;
        int k = subject.first() - 1;
        if (after != null && k >= s && d.isClosingQuote(k) && !d.isOpeningQuote(after.first())
                && thatAhead(d, last + 1, e, cue) < 0) {
            after = null; // "“...,” the envoy told reporters at the scene": adjuncts, no content
        }
        boolean quoteFollows = after != null && d.isOpeningQuote(after.first());
        if ((after == null || quoteFollows) && k >= s
                && (d.lower[k].equals(",") || d.isClosingQuote(k))
                && !(d.lower[k].equals(",") && SUBORDINATORS.contains(d.lower[s]))) {
            // not "As the siren rang, the announcer said ...": an adjunct clause, not a report
            before = contentBefore(d, s, k);
        }
        if (before != null && after == null && d.lower[k].equals(",")
                && before.last() - before.first() < settings.maxParentheticalLead()) {
            after = parentheticalRest(d, last + 1, e, cue);
        }
        return Decision.of(after == null && before == null ? null
                : new Report(null, cue.lemma(), c.cueSpan(), subject, before, after,
                        cue.directOnly()));
    }

    /** ", adding that ...", "..., describing him as ...": the source of the clause before. */
    private Decision participle(CueSite c)
    {
        QuoteUnits d = c.d();
        int first = c.first();
        int s = c.s();
        if (!d.lower[first].endsWith("ing")) {
            return null;
        }
        int p = first - 1;
        while (p >= s && words(Kind.SKIP).contains(d.lower[p])) {
            p--;
        }
        if (p < s || !(d.lower[p].equals(",") || isDash(d, p) || d.isClosingQuote(p))) {
            return Decision.REJECT;
        }
        Mention speaker = lastSpeaker(c.earlier());
        Span after = contentAfter(d, c.last() + 1, c.e(), c.cue());
        return Decision.of(speaker == null || after == null ? null
                : new Report(null, c.cue().lemma(), c.cueSpan(), speaker, null, after,
                        c.cue().directOnly()));
    }

    /** "state TV quoted a spokesman as saying ...": the one cited is the source. */
    private Report citedAsSaying(QuoteUnits d, int from, int e)
    {
        Mention cited = speakerAfter(d, from, e);
        int t = cited == null ? e : cited.last() + 1;
        if (t + 1 >= e || !d.lower[t].equals("as")) {
            return null;
        }
        TokenTrie.Match<Cue> m = lexicon.cues().longestMatch(Arrays.asList(d.lower), t + 1,
                Function.identity());
        if (m == null || !isParticiple(d, t + 1)) {
            return null;
        }
        Span after = contentAfter(d, t + 1 + m.length(), e, m.value());
        return after == null ? null
                : new Report(null, m.value().lemma(),
                        new Span(t + 1, t + m.length()), cited, null, after, false);
    }

    private Report accordingTo(QuoteUnits d, int a, int s, int e)
    {
        Mention speaker = speakerAfter(d, a + 2, e);
        if (speaker == null) {
            return null;
        }
        int next = speaker.last() + 1;
        if (next < e && isVerbLike(d, next)) {
            // "according to an official speaking to reporters, ..."
            int limit = Math.min(e, next + 10);
            while (next < limit && !d.lower[next].equals(",")) {
                next++;
            }
        }
        Span after = null;
        Span before = null;
        if (next + 1 < e && d.lower[next].equals(",")
                && !CLAUSE_BREAKS.contains(d.lower[next + 1])
                && !SUBORDINATORS.contains(d.lower[next + 1])
                && (a == s || d.lower[a - 1].equals(",") || d.lower[a - 1].equals("that"))) {
            int end = trimEnd(d, next + 1, clauseEnd(d, next + 1, e));
            if (end - (next + 1) >= 3) {
                after = new Span(next + 1, end - 1);
            }
        }
        if (after == null && a - 1 > s && d.lower[a - 1].equals(",")) {
            before = contentBefore(d, s, a - 1);
        }
        return after == null && before == null ? null
                : new Report("according-to", null, new Span(a, a + 1), speaker, before, after,
                        false);
    }

    /** A headline ending in its source: "Bombs kill 14 in the capital: police". */
    private Report headline(QuoteUnits d, int s, int e)
    {
        if (e - s < 5 || ".!?".contains(d.lower[e - 1])) {
            return null;
        }
        for (int c = e - 2; c >= Math.max(s + 3, e - 6); c--) {
            if (d.lower[c].equals(":")) {
                Span source = new Span(c + 1, e - 1);
                if (npEndRight(d, c + 1, e) == e && !terms(d, source).isEmpty()) {
                    return new Report("headline-source", null, new Span(c, c),
                            new Mention(source, null), new Span(s, c - 1), null, false);
                }
                return null;
            }
        }
        return null;
    }

    // ---- the source next to a direct quotation

    /**
     * The source a cue, dash or colon right next to a direct quotation names: the rule that
     * found it, the cue's lemma (null for a colon or a dash), the cue's tokens, the source, and
     * whether the cue follows the quotation ("“...,” said X") or introduces it ("X said, “...”").
     */
    record QuoteCue(String rule, String lemma, Span cue, Mention speaker, boolean cueFollows)
    {
    }

    /** A direct quotation for the quote steps: its characters (marks excluded), first token. */
    private record Quotation(QuoteUnits d, int begin, int end, int first)
    {
    }

    /** A named step of {@link #QUOTE_STEPS}: the source it finds next to a quotation, or null. */
    private record QuoteStep(String name, BiFunction<ReportParser, Quotation, QuoteCue> find)
    {
    }

    /**
     * The steps tried at a direct quotation that no report's clause holds, in order; the first
     * that finds a source wins.
     */
    private static final List<QuoteStep> QUOTE_STEPS = List.of(
            new QuoteStep("colon-introduction", ReportParser::colonIntroduction),
            new QuoteStep("adjacent-cue", ReportParser::adjacentCue),
            new QuoteStep("dash-attribution", ReportParser::dashAttribution),
            new QuoteStep("verdict-of", ReportParser::verdictOf),
            new QuoteStep("cue-before", ReportParser::cueBefore),
            new QuoteStep("previous-subject", ReportParser::previousSubject));

    private static final List<String> QUOTE_CUE_RULES = QUOTE_STEPS.stream().map(QuoteStep::name)
            .toList();

    /** The names of the quote steps, in the order they are tried. */
    static List<String> quoteCueRules()
    {
        return QUOTE_CUE_RULES;
    }

    /** Punctuation that closes a quote along with its mark: “Why?” “Yes,” “No.” */
    private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", ".", "?", "!", "\u2026",
            "...");
    /** Tokens that end the clause read after a quote. */
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", ";", ":");

    /**
     * The source named right next to the direct quotation over characters {@code [begin, end)}
     * (marks excluded) by the first of {@link #QUOTE_STEPS} that finds one, or null.
     */
    QuoteCue quoteCue(QuoteUnits d, int begin, int end)
    {
        int first = d.tokens.tokenAtOrAfter(begin);
        if (first >= d.tokens.size()) {
            return null;
        }
        Quotation q = new Quotation(d, begin, end, first);
        for (QuoteStep step : QUOTE_STEPS) {
            QuoteCue found = step.find().apply(this, q);
            if (found != null) {
                return new QuoteCue(step.name(), found.lemma(), found.cue(), found.speaker(),
                        found.cueFollows());
            }
        }
        return null;
    }

    /**
     * "Kovalenko on Telegram: “...”": the subject of the unit that ends in a colon right before
     * the quote, also when the colon closes the paragraph before ("He said: ¶ “...”").
     */
    private QuoteCue colonIntroduction(Quotation q)
    {
        QuoteUnits d = q.d();
        String text = d.tokens.documentText();
        int i = q.begin() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i))
                || "\"'\u201C\u2018\u00AB".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return null;
        }
        int colon = d.tokens.tokenAtOrAfter(i);
        Mention subject = unitSubject(d, d.unitStart[d.unit[colon]], colon);
        return subject == null ? null
                : new QuoteCue(null, null, new Span(colon, colon), subject, false);
    }

    /**
     * "“...,” said Ana Lopez, head of the council ...", "“...?” Lina Haddad asked", "“...,”
     * Omar Idris, the mayor of Kassala and a former teacher, said": a speech verb right after the
     * quote's closing mark with its subject after it, or a subject right after the mark whose
     * verb follows it, after an apposition between commas if any. Reads on over a sentence break
     * the segmenter put after a closing "?" or "!", within the paragraph.
     */
    private QuoteCue adjacentCue(Quotation q)
    {
        QuoteUnits d = q.d();
        int t = afterQuote(d, q.end());
        int end = paragraphEnd(d, q.first());
        if (t >= end || endsSentence(d, q.end(), t)) {
            return null; // “... a war crime.” The army denied ...: the next sentence's
        }
        TokenTrie.Match<Cue> cue = cueAt(d, t);
        if (cue != null) {
            if (cue.value().hearerFirst()) {
                return null; // "“...,” told reporters": the hearer follows, not the source
            }
            int from = t + cue.length();
            Mention source = from < end ? unitSubject(d, from, attributionEnd(d, from, end))
                    : null;
            return source == null ? null
                    : new QuoteCue(null, cue.value().lemma(), new Span(t, from - 1), source,
                            true);
        }
        Mention subject = unitSubject(d, t, attributionEnd(d, t, end));
        if (subject == null) {
            return null;
        }
        int k = subject.words().last() + 1;
        int limit = Math.min(attributionEnd(d, k, end), k + 2 * settings.maxNounPhrase());
        for (int v = k; v < limit; v++) {
            TokenTrie.Match<Cue> verb = cueAt(d, v);
            boolean adjacent = v == k || d.lower[v - 1].equals(",")
                    || words(Kind.SKIP).contains(d.lower[v - 1])
                    || words(Kind.TIME).contains(d.lower[v - 1]);
            if (verb != null && adjacent) {
                if (v > k && !d.lower[k].equals(",") && !skippable(d, k, v)) {
                    return null; // "“...” was the word the mayor used": no subject and verb
                }
                Span apposition = v - 2 > k && d.lower[k].equals(",") ? new Span(k + 1, v - 2)
                        : null;
                return new QuoteCue(null, verb.value().lemma(),
                        new Span(v, v + verb.length() - 1),
                        new Mention(subject.words(), apposition), true);
            }
        }
        return null;
    }

    /**
     * "“...” ― Maria Petrenko": a quote followed by a dash and the name of its source, closing
     * the paragraph or followed by the next quote.
     */
    private QuoteCue dashAttribution(Quotation q)
    {
        QuoteUnits d = q.d();
        int t = afterQuote(d, q.end());
        int end = paragraphEnd(d, q.first());
        if (t + 1 >= end || !isDashToken(d, t)) {
            return null;
        }
        Mention source = unitSubject(d, t + 1, attributionEnd(d, t + 1, end));
        if (source == null || !hasName(d, source.words())) {
            return null;
        }
        int k = source.words().last() + 1;
        boolean closes = k >= end || d.isOpeningQuote(k) || d.lower[k].equals(",")
                || d.lower[k].equals(".") && (k + 1 >= end || d.isOpeningQuote(k + 1));
        return closes ? new QuoteCue(null, null, new Span(t, t), source, true) : null;
    }

    /**
     * "the announcer said, “...”", "the mayor declared “...”", "He concluded: “...”", "..., saying,
     * “...”": a speech verb right before the quote's opening mark (and a comma or colon) with its
     * subject before it; the subject of a participle is the subject of its sentence.
     */
    private QuoteCue cueBefore(Quotation q)
    {
        QuoteUnits d = q.d();
        int t = q.first() - 1;
        while (t >= 0 && d.isOpeningQuote(t)) {
            t--;
        }
        if (t >= 0 && (d.lower[t].equals(",") || d.lower[t].equals(":"))) {
            t--;
        }
        if (t < 0 || d.tokens.paragraphOf(t) != d.tokens.paragraphOf(q.first())) {
            return null;
        }
        int s = d.afterDateline(d.unitStart[d.unit[t]], d.unitEnd[d.unit[t]]);
        for (int b = t; b >= Math.max(s, t - 2); b--) {
            TokenTrie.Match<Cue> cue = cueAt(d, b);
            if (cue == null || b + cue.length() - 1 != t) {
                continue;
            }
            Mention source = d.lower[b].endsWith("ing") ? unitSubject(d, s, b)
                    : sourceBefore(d, b - 1, s);
            return source == null ? null
                    : new QuoteCue(null, cue.value().lemma(), new Span(b, t), source, false);
        }
        return null;
    }

    /**
     * "“...” – that was the verdict of X", "“...” This is the view of the mayor.": a quote
     * followed (after a dash, or as the next sentence) by "that" or "this", a form of "be", a
     * noun and "of" or "from" with the source.
     */
    private QuoteCue verdictOf(Quotation q)
    {
        QuoteUnits d = q.d();
        int t = afterQuote(d, q.end());
        int end = paragraphEnd(d, q.first());
        if (t < end && isDashToken(d, t)) {
            t++;
        }
        if (t + 4 >= end || !(d.lower[t].equals("that") || d.lower[t].equals("this"))
                || !BE.contains(d.lower[t + 1])) {
            return null;
        }
        int k = t + 2;
        while (k < end && k - t <= 5 && (DETERMINERS.contains(d.lower[k])
                || d.tokens.isWord(k) && !d.tokens.isCapitalised(k)
                        && !d.lower[k].equals("of") && !d.lower[k].equals("from"))) {
            k++;
        }
        if (k + 1 >= end || k == t + 2 || !(d.lower[k].equals("of") || d.lower[k].equals("from"))) {
            return null;
        }
        Mention source = unitSubject(d, k + 1, attributionEnd(d, k + 1, end));
        return source == null ? null
                : new QuoteCue(null, null, new Span(t, k), source, true);
    }

    /**
     * "The minister struck a defiant tone. “We will ...”": a quotation that is a sentence of its
     * own takes the subject of the sentence before it in its paragraph (a name of two words or
     * more, a listed title or body, a pronoun, or a one-word name before a speech verb) right
     * before its verb, when that sentence quotes nothing and is no headline. The event
     * stands over the verb after that subject.
     */
    private QuoteCue previousSubject(Quotation q)
    {
        QuoteUnits d = q.d();
        int u = d.unit[q.first()];
        for (int t = d.unitStart[u]; t < q.first(); t++) {
            if (!d.isOpeningQuote(t)) {
                return null;
            }
        }
        int after = afterQuote(d, q.end());
        if (u == 0 || after < d.unitEnd[u] && !endsSentence(d, q.end(), after)
                || d.tokens.paragraphOf(d.unitEnd[u - 1] - 1) != d.tokens.paragraphOf(q.first())) {
            return null;
        }
        int s = d.afterDateline(d.unitStart[u - 1], d.unitEnd[u - 1]);
        for (int t = s; t < d.unitEnd[u - 1]; t++) {
            if (d.quoted[t] || d.isOpeningQuote(t) || d.isClosingQuote(t)
                    || d.tokens.inHeading(t)) {
                return null; // a headline is written in capitals: no subject to read
            }
        }
        boolean pronoun = s < d.unitEnd[u - 1] && PRONOUNS.contains(d.lower[s])
                && !d.lower[s].equals("it"); // "It was cold.": no one
        Mention subject = pronoun ? new Mention(new Span(s, s), null)
                : subjectBeforeVerb(d, s, d.unitEnd[u - 1]);
        int verb = subject == null ? -1 : subject.words().last() + 1;
        if (verb < 0 || verb >= d.unitEnd[u - 1] || !d.tokens.isWord(verb)
                || d.tokens.isCapitalised(verb) || words(Kind.FUNCTION).contains(d.lower[verb])) {
            return null;
        }
        // any capitalised word opens a sentence: one word names someone only before a speech verb
        Span name = namePart(d, subject.words());
        boolean someone = pronoun || !terms(d, subject.words()).isEmpty()
                || name != null && (name.last() > name.first() || cueAt(d, verb) != null);
        return someone ? new QuoteCue(null, null, new Span(verb, verb), subject, false) : null;
    }

    /**
     * The subject a unit opens with, up to the verb a noun phrase walk would take in: its words
     * are capitalised, determiners or listed words ("The minister" of "The minister struck a
     * defiant tone").
     */
    private Mention subjectBeforeVerb(QuoteUnits d, int s, int e)
    {
        Mention np = unitSubject(d, s, e);
        if (np == null) {
            return null;
        }
        boolean[] listed = new boolean[np.words().last() - np.words().first() + 1];
        for (TermHit hit : terms(d, np.words())) {
            for (int t = hit.first(); t <= hit.last(); t++) {
                listed[t - np.words().first()] = true;
            }
        }
        int last = np.words().first() - 1;
        for (int t = np.words().first(); t <= np.words().last(); t++) {
            if (!(listed[t - np.words().first()] || d.tokens.isCapitalised(t)
                    || DETERMINERS.contains(d.lower[t]) || !d.tokens.isWord(t))) {
                break;
            }
            last = t;
        }
        Span words = last < np.words().first() ? null : new Span(np.words().first(), last);
        return words != null && valid(d, words) ? new Mention(words, null) : null;
    }

    /** Whether the tokens {@code [from, to)} are all adverbs, auxiliaries or times. */
    private boolean skippable(QuoteUnits d, int from, int to)
    {
        for (int t = from; t < to; t++) {
            if (!words(Kind.SKIP).contains(d.lower[t]) && !words(Kind.TIME).contains(d.lower[t])) {
                return false;
            }
        }
        return true;
    }

    /** The first token after a quote's closing mark and the punctuation around it. */
    private static int afterQuote(QuoteUnits d, int quoteEnd)
    {
        int t = d.tokens.tokenAtOrAfter(quoteEnd);
        while (t < d.tokens.size()
                && (d.isClosingQuote(t) || CLOSING_PUNCTUATION.contains(d.lower[t]))) {
            t++;
        }
        return t;
    }

    /** Whether a full stop closes the quote, inside or after its mark, before token {@code t}. */
    private static boolean endsSentence(QuoteUnits d, int quoteEnd, int t)
    {
        for (int k = d.tokens.tokenAtOrAfter(quoteEnd); k < t; k++) {
            if (d.lower[k].equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** The token after the last of the paragraph of token {@code t}. */
    private static int paragraphEnd(QuoteUnits d, int t)
    {
        return d.paragraphEnd[t];
    }

    /** Where the attribution read from {@code t} ends: a full stop, a colon, a quotation mark. */
    private static int attributionEnd(QuoteUnits d, int t, int end)
    {
        int k = t;
        while (k < end && !(SENTENCE_END.contains(d.lower[k]) && !abbreviation(d, k))
                && !d.isOpeningQuote(k) && !d.isClosingQuote(k)) {
            k++;
        }
        return k;
    }

    /** "R-Ky.", "Jr.", "Sen.": a full stop glued to a short capitalised word. */
    private static boolean abbreviation(QuoteUnits d, int t)
    {
        return d.lower[t].equals(".") && t > 0 && d.tokens.gluedLeft(t)
                && d.tokens.isCapitalised(t - 1)
                && d.tokens.end(t - 1) - d.tokens.begin(t - 1) <= 3;
    }

    // ---- the source of a verb

    /**
     * The source of a speech verb whose last word before it (auxiliaries and times skipped) is
     * token {@code j}, within a unit that starts at {@code s}; null when the verb is negated or
     * has no source.
     */
    Mention sourceBefore(QuoteUnits d, int j, int s)
    {
        while (j >= s && (words(Kind.SKIP).contains(d.lower[j]) || timeAdverbial(d, j))) {
            if (words(Kind.NEGATION).contains(d.lower[j]) || BE.contains(d.lower[j])) {
                return null; // "did not say", "was told"
            }
            j--;
        }
        return j < s || d.lower[j].endsWith("n't") ? null : subjectBefore(d, j, s);
    }

    private Mention subjectBefore(QuoteUnits d, int j, int s)
    {
        if (PRONOUNS.contains(d.lower[j])) {
            return new Mention(new Span(j, j), null);
        }
        if (d.lower[j].equals(",")) {
            return appositionBefore(d, j, s);
        }
        int k = npStartLeft(d, j, s);
        if (k > j) {
            return null;
        }
        Mention relative = relativeClauseSubject(d, j, s);
        if (relative != null) {
            return relative;
        }
        Span words = trim(d, k, j);
        int preposition = words.first() - 1;
        if (preposition > s && HEAD_PREPOSITIONS.contains(d.lower[preposition])) {
            // "witnesses at the scene", "officials in the capital": the head comes first, also
            // before a participle ("an official based in the capital")
            int headEnd = preposition - 1;
            if (headEnd > s && d.tokens.isWord(headEnd) && !d.tokens.isCapitalised(headEnd)
                    && d.lower[headEnd].endsWith("ed")) {
                headEnd--;
            }
            int k2 = npStartLeft(d, headEnd, s);
            Span head = trim(d, k2, headEnd);
            if (k2 <= headEnd && (!terms(d, head).isEmpty() || isCapitalizedName(d, head))
                    && j - k2 < settings.maxNounPhrase()) {
                words = trim(d, k2, j);
            }
        }
        if (!valid(d, words) || (words.first() > s
                && OBJECT_PREPOSITIONS.contains(d.lower[words.first() - 1]))) {
            return null; // "staff in Somalia said": the object of a preposition is no source
        }
        int comma = words.first() - 1;
        if (comma > s && d.lower[comma].equals(",") && !hasName(d, words)
                && hasSingularTitle(d, words)) {
            // "Alex Galitsky, Program Director of the committee, said"
            int k2 = npStartLeft(d, comma - 1, s);
            if (k2 <= comma - 1) {
                Span name = trim(d, k2, comma - 1);
                if (isName(d, name)) {
                    return new Mention(name, words);
                }
            }
        }
        return new Mention(words, null);
    }

    /** "reporters", "the journalists": whom a source tells, not a source. */
    private boolean isRecipient(QuoteUnits d, Span words)
    {
        int t = DETERMINERS.contains(d.lower[words.first()]) ? words.first() + 1 : words.first();
        return t <= words.last() && words(Kind.RECIPIENT).contains(d.lower[t]);
    }

    /** "An AFP photographer who witnessed the attack said": the noun before "who". */
    private Mention relativeClauseSubject(QuoteUnits d, int j, int s)
    {
        for (int w = j; w >= Math.max(s + 1, j - settings.maxNounPhrase()); w--) {
            if (d.lower[w].equals("who")) {
                int end = d.lower[w - 1].equals(",") ? w - 2 : w - 1;
                if (end < s) {
                    return null;
                }
                int k = npStartLeft(d, end, s);
                Span words = k <= end ? trim(d, k, end) : null;
                return words != null && valid(d, words) ? new Mention(words, null) : null;
            }
            if (!d.tokens.isWord(w) && !d.lower[w].equals("'s")) {
                return null;
            }
        }
        return null;
    }

    /** "Dmitry Peskov, the Kremlin spokesman, said" or "Dagestan's leader, Sergei Melikov, said". */
    private Mention appositionBefore(QuoteUnits d, int comma, int s)
    {
        int p = comma - 1;
        while (p >= s && comma - p <= 16 && !d.lower[p].equals(",")) {
            if (isSentencePunctuation(d, p)) {
                return null;
            }
            p--;
        }
        if (p < s || p + 1 > comma - 1 || !d.lower[p].equals(",")) {
            return null;
        }
        Span between = new Span(p + 1, comma - 1);
        if (p - 2 >= s && isNumber(d, p - 1) && d.lower[p - 2].equals(",")) {
            p -= 2; // an age: "Khin Myo, 52, whose son was killed, said"
        }
        int k = npStartLeft(d, p - 1, s);
        if (k > p - 1) {
            return null;
        }
        Span head = trim(d, k, p - 1);
        if (!valid(d, head)) {
            return null;
        }
        if (RELATIVES.contains(d.lower[between.first()])) {
            return new Mention(head, null); // "A security official, who asked not to be named,"
        }
        if (words(Kind.ALIAS_WORD).contains(d.lower[between.first()])) {
            return new Mention(head, null); // "Hayat Tahrir al-Sham, known as HTS, said"
        }
        if (DETERMINERS.contains(d.lower[between.first()]) && hasName(d, head)) {
            return new Mention(head, between); // "Kashmir Singh, a shopkeeper in Poonch, said"
        }
        if (hasName(d, between)) {
            return new Mention(between, head);
        }
        if (hasName(d, head)) {
            return new Mention(head, between);
        }
        // "The Human Rights Commission, a state body, said": a named body with a description
        return isCapitalizedName(d, head) && isDescription(d, between) ? new Mention(head, between)
                : null;
    }

    /** The source after its verb or after "according to", with an apposition after a comma. */
    private Mention speakerAfter(QuoteUnits d, int from, int e)
    {
        if (from >= e) {
            return null;
        }
        if (PRONOUNS.contains(d.lower[from])) {
            return new Mention(new Span(from, from), null);
        }
        int t = npEndRight(d, from, e);
        if (t == from) {
            return null;
        }
        Span words = trim(d, from, t - 1);
        if (!valid(d, words)) {
            return null;
        }
        if (t + 1 < e && d.lower[t].equals(",")) {
            int c = t + 1;
            int c2 = c;
            while (c2 < e && c2 - c < 14 && !d.lower[c2].equals(",")
                    && !isSentencePunctuation(d, c2) && !d.lower[c2].equals("who")) {
                c2++;
            }
            if (c2 > c) {
                Span segment = new Span(c, c2 - 1);
                if (!hasName(d, words) && isName(d, trimTitles(d, segment))) {
                    return new Mention(segment, words);
                }
                if (hasName(d, words) && isDescription(d, segment) && nounPhrase(d, segment)) {
                    return new Mention(words, segment);
                }
            }
        }
        return new Mention(words, null);
    }

    Mention unitSubject(QuoteUnits d, int s, int limit)
    {
        int t = npEndRight(d, s, limit);
        if (t == s) {
            return null;
        }
        Span words = trim(d, s, t - 1);
        return valid(d, words) ? new Mention(words, null) : null;
    }

    private static Mention lastSpeaker(List<Report> reports)
    {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1).speaker();
    }

    // ---- the reported clause

    private Span contentBefore(QuoteUnits d, int s, int boundary)
    {
        int end = trimEnd(d, s, boundary);
        return end - s >= 2 ? new Span(s, end - 1) : null;
    }

    private Span contentAfter(QuoteUnits d, int from, int e, Cue cue)
    {
        if (from >= e) {
            return null;
        }
        int that = thatAhead(d, from, e, cue);
        int t = that >= 0 ? that + 1 : skipAdjuncts(d, from, e, cue);
        if (t + 1 < e && (d.lower[t].equals(",") || d.lower[t].equals(":"))
                && (that >= 0 || d.isOpeningQuote(t + 1))) {
            t++;
        }
        if (t >= e || (!d.tokens.isWord(t) && !d.isOpeningQuote(t))) {
            return null;
        }
        int end = trimEnd(d, t, clauseEnd(d, t, e));
        for (int k = t; k + 1 < end; k++) {
            if (d.lower[k].equals(":") && !d.quoted[k] && d.isOpeningQuote(k + 1)) {
                t = k + 1; // "told the agency: “...”": the quote is what was said
                break;
            }
        }
        return end - t >= 2 || (end - t == 1 && d.tokens.isWord(t)) ? new Span(t, end - 1) : null;
    }

    /** "In Thursday's attack, the government said, a car ...": the clause after the comma. */
    private Span parentheticalRest(QuoteUnits d, int from, int e, Cue cue)
    {
        int t = skipAdjuncts(d, from, e, cue);
        if (t + 1 >= e || !d.lower[t].equals(",") || !d.tokens.isWord(t + 1) || isParticiple(d, t + 1)
                || CLAUSE_BREAKS.contains(d.lower[t + 1]) || d.lower[t + 1].equals("who")
                || SUBORDINATORS.contains(d.lower[t + 1])) {
            return null;
        }
        int end = trimEnd(d, t + 1, clauseEnd(d, t + 1, e));
        return end - (t + 1) >= 3 ? new Span(t + 1, end - 1) : null;
    }

    /** "said in a video on Telegram that ...", "told reporters that ...": the "that", or -1. */
    private int thatAhead(QuoteUnits d, int t, int e, Cue cue)
    {
        if (d.lower[t].equals("that")) {
            return t;
        }
        if (!(ADJUNCT_PREPOSITIONS.contains(d.lower[t]) || words(Kind.TIME).contains(d.lower[t])
                || cue.takesRecipient())) {
            return -1;
        }
        for (int k = t + 1; k < Math.min(e, t + 10); k++) {
            if (d.lower[k].equals("that")) {
                return k;
            }
            if (!d.tokens.isWord(k) && !d.lower[k].equals("'s")) {
                return -1;
            }
        }
        return -1;
    }

    private int skipAdjuncts(QuoteUnits d, int t, int e, Cue cue)
    {
        boolean recipientDone = !cue.takesRecipient();
        while (t < e) {
            String w = d.lower[t];
            if (words(Kind.TIME).contains(w) || ((w.equals("last") || w.equals("this")) && t + 1 < e
                    && words(Kind.TIME).contains(d.lower[t + 1]))) {
                t++;
                continue;
            }
            if (!recipientDone) {
                recipientDone = true;
                int r = recipientEnd(d, t, e);
                if (r > t) {
                    t = r;
                    continue;
                }
            }
            if (ADJUNCT_PREPOSITIONS.contains(w)) {
                int k = t + 1;
                int lastGood = -1;
                while (k < e && k - t <= 6 && (npToken(d, k) || DETERMINERS.contains(d.lower[k])
                        || words(Kind.TIME).contains(d.lower[k]))) {
                    if (words(Kind.CHANNEL).contains(d.lower[k])
                            || words(Kind.TIME).contains(d.lower[k]) || d.tokens.isCapitalised(k)) {
                        lastGood = k;
                    }
                    k++;
                }
                if (lastGood >= 0 && lastGood == k - 1) {
                    t = k;
                    continue;
                }
            }
            break;
        }
        return t;
    }

    private int recipientEnd(QuoteUnits d, int t, int e)
    {
        if (words(Kind.RECIPIENT).contains(d.lower[t])) {
            return t + 1;
        }
        int k = d.lower[t].equals("the") ? t + 1 : t;
        if (k < e && words(Kind.RECIPIENT).contains(d.lower[k])) {
            return k + 1;
        }
        int start = k;
        while (k < e && k - start < 4 && d.tokens.isWord(k) && d.tokens.isCapitalised(k)) {
            k++;
        }
        return k > start ? k : t;
    }

    /** Where a reported clause ends: at ";", ", which", ", adding", " but did not", ... */
    private int clauseEnd(QuoteUnits d, int t, int e)
    {
        for (int k = t; k < e; k++) {
            if (d.quoted[k]) {
                continue;
            }
            String w = d.lower[k];
            if (w.equals(";")) {
                return k;
            }
            if (w.equals(",") || isDash(d, k)) {
                int n = k + 1;
                while (n < e && words(Kind.SKIP).contains(d.lower[n])) {
                    n++;
                }
                if (n < e && !d.quoted[n] && ((isParticiple(d, n)) || (w.equals(",")
                        && CLAUSE_BREAKS.contains(d.lower[n])))) {
                    return k;
                }
            }
            if (w.equals("but") && k + 1 < e && BUT_VERBS.contains(d.lower[k + 1])) {
                return k;
            }
        }
        return e;
    }

    private boolean onlyAdjunctsFollow(QuoteUnits d, int from, int e, Cue cue)
    {
        int t = skipAdjuncts(d, from, e, new Cue(cue.lemma(), false, false, false));
        if (t >= e || isSentencePunctuation(d, t) && t + 1 >= e) {
            return true;
        }
        if (d.lower[t].equals(",") && t + 1 < e) {
            String w = d.lower[t + 1];
            // an apposition ("said Hawa Ishaq, a volunteer", "said Modu Ali, 38,") ends the report
            return w.equals("who") || w.equals("which") || w.equals("according")
                    || isParticiple(d, t + 1) || d.isOpeningQuote(t + 1)
                    || DETERMINERS.contains(w) || isNumber(d, t + 1);
        }
        return isSentencePunctuation(d, t) || d.isOpeningQuote(t) || d.lower[t].equals("who");
    }

    // ---- noun phrases

    /** Whether a token can be part of the name or description of a source. */
    boolean npToken(QuoteUnits d, int t)
    {
        String w = d.lower[t];
        if (d.tokens.isWord(t)) {
            if (w.equals("for")) {
                return t > 0 && t + 1 < d.tokens.size() && d.tokens.isCapitalised(t - 1) && d.tokens.isCapitalised(t + 1);
            }
            if (words(Kind.FUNCTION).contains(w) && !d.tokens.isAcronym(t)) {
                return false;
            }
            if (!d.tokens.isCapitalised(t)) {
                if (words(Kind.VERB_FORM).contains(w)
                        || isParticiple(d, t) && !words(Kind.TITLE_PARTICIPLE).contains(w)
                                && !modifiesListedWord(d, t)
                        || (w.length() > 4 && w.endsWith("ly") && !w.equals("family"))) {
                    return false;
                }
                if (w.endsWith("ed") && !words(Kind.ED_ADJECTIVE).contains(w)
                        && !(t > 0 && d.lower[t - 1].equals("-") && d.tokens.gluedLeft(t))) {
                    return false;
                }
            }
            return true;
        }
        if (w.equals("'s")) {
            return true;
        }
        if ((w.equals("-") || w.equals("&") || w.equals("/")) && d.tokens.gluedLeft(t) && d.tokens.gluedRight(t)) {
            return true;
        }
        return w.equals(".") && d.tokens.gluedLeft(t) && d.tokens.end(t - 1) - d.tokens.begin(t - 1) == 1
                && d.tokens.isCapitalised(t - 1);
    }

    /**
     * "the monitoring group", "a fighting unit": an "-ing" word that is no speech verb, right
     * before a listed speaker word, modifies it.
     */
    private boolean modifiesListedWord(QuoteUnits d, int t)
    {
        List<String> words = Arrays.asList(d.lower);
        return t + 1 < d.tokens.size() && d.tokens.isWord(t + 1)
                && lexicon.terms().longestMatch(words, t + 1, Function.identity()) != null
                && lexicon.cues().longestMatch(words, t, Function.identity()) == null;
    }

    int npStartLeft(QuoteUnits d, int j, int s)
    {
        int k = j;
        while (k >= s && j - k < settings.maxNounPhrase()) {
            if (d.lower[k].equals(")")) {
                int open = k - 1;
                while (open >= s && k - open < 6 && !d.lower[open].equals("(")) {
                    open--;
                }
                if (open < s || !d.lower[open].equals("(")) {
                    break;
                }
                k = open - 1;
                continue;
            }
            if (npToken(d, k) || (d.lower[k].equals("to") && k > s
                    && d.lower[k - 1].equals("close"))) {
                k--;
                continue;
            }
            break;
        }
        return k + 1;
    }

    private int npEndRight(QuoteUnits d, int from, int e)
    {
        int t = from;
        while (t < e && t - from < settings.maxNounPhrase()) {
            if (d.lower[t].equals("(")) {
                int close = t + 1;
                while (close < e && close - t < 6 && !d.lower[close].equals(")")) {
                    close++;
                }
                if (close >= e || !d.lower[close].equals(")")) {
                    break;
                }
                t = close + 1;
                continue;
            }
            if (npToken(d, t) || (d.lower[t].equals("to") && t > from
                    && d.lower[t - 1].equals("close"))) {
                t++;
                continue;
            }
            break;
        }
        return t;
    }

    private static Span trim(QuoteUnits d, int first, int last)
    {
        Set<String> edges = Set.of("and", "of", "'s", "-", "for", "&", "/");
        while (first <= last && edges.contains(d.lower[first])) {
            first++;
        }
        while (last >= first && (edges.contains(d.lower[last]) && !d.lower[last].equals("'s"))) {
            last--;
        }
        return new Span(first, last);
    }

    /** A source must name or describe someone: a listed word, a proper name or a pronoun. */
    boolean valid(QuoteUnits d, Span span)
    {
        if (span == null || span.first() > span.last() || span.last() - span.first() >= settings.maxNounPhrase()) {
            return false;
        }
        if (span.first() == span.last() && PRONOUNS.contains(d.lower[span.first()])) {
            return true;
        }
        if (!terms(d, span).isEmpty() || words(Kind.DOCUMENT).contains(d.lower[span.last()])) {
            return true; // a listed word, or a document ("a post")
        }
        for (int t = span.first(); t <= span.last(); t++) {
            if (d.tokens.isWord(t) && d.tokens.isCapitalised(t) && !words(Kind.TIME).contains(d.lower[t])
                    && !DETERMINERS.contains(d.lower[t])
                    && !words(Kind.FUNCTION).contains(d.lower[t])) {
                return true;
            }
        }
        return false;
    }

    /** Lexicon terms over a span, left to right, longest first. */
    List<TermHit> terms(QuoteUnits d, Span span)
    {
        List<String> words = Arrays.asList(d.lower);
        List<TermHit> hits = new ArrayList<>();
        for (int t = span.first(); t <= span.last(); t++) {
            TokenTrie.Match<Term> m = lexicon.terms().longestMatch(words, t, Function.identity());
            if (m != null && t + m.length() - 1 <= span.last()
                    && (!m.value().caseSensitive()
                            || writtenAs(d, t, m.length(), m.value().entry()))) {
                hits.add(new TermHit(t, t + m.length() - 1, m.value()));
                t += m.length() - 1;
            }
        }
        return hits;
    }

    /** Whether the {@code length} tokens from {@code t} are written exactly as {@code entry}. */
    private static boolean writtenAs(QuoteUnits d, int t, int length, String entry)
    {
        StringBuilder written = new StringBuilder();
        for (int k = t; k < t + length; k++) {
            written.append(d.tokens.text(k));
        }
        return written.toString().equals(entry.replaceAll("\\s+", ""));
    }

    /** The proper name at the end of a span ("Oleksandr Kamyshin" in "railway head ..."), or null. */
    Span namePart(QuoteUnits d, Span span)
    {
        boolean[] covered = new boolean[span.last() - span.first() + 1];
        for (TermHit hit : terms(d, span)) {
            for (int t = hit.first(); t <= hit.last(); t++) {
                covered[t - span.first()] = true;
            }
        }
        int k = span.last();
        while (k >= span.first() && !covered[k - span.first()] && isNameToken(d, k)) {
            k--;
        }
        if (k >= span.first() && k < span.last() && covered[k - span.first()]
                && d.tokens.isCapitalised(k)) {
            for (TermHit hit : terms(d, span)) {
                if (hit.first() <= k && k <= hit.last() && hit.term().termClass().namesABody()) {
                    return null; // "Public Monitoring Commission", "Armenian National Committee"
                }
            }
        }
        while (k + 1 <= span.last() && !d.tokens.isWord(k + 1)) {
            k++;
        }
        return k < span.last() ? new Span(k + 1, span.last()) : null;
    }

    private boolean isNameToken(QuoteUnits d, int t)
    {
        if (d.tokens.isWord(t)) {
            return d.tokens.isCapitalised(t) && !DETERMINERS.contains(d.lower[t])
                    && !words(Kind.TIME).contains(d.lower[t])
                    && !words(Kind.FUNCTION).contains(d.lower[t]);
        }
        return (d.lower[t].equals(".") || d.lower[t].equals("-")) && npToken(d, t);
    }

    boolean hasName(QuoteUnits d, Span span)
    {
        return namePart(d, span) != null;
    }

    /** The whole span is a proper name of a person. */
    boolean isName(QuoteUnits d, Span span)
    {
        if (span.first() > span.last() || span.last() - span.first() > 4) {
            return false;
        }
        Span name = namePart(d, span);
        return name != null && name.first() == span.first();
    }

    /** Drops titles before a name: "Lieutenant General Talib Shaghati" to the name. */
    private Span trimTitles(QuoteUnits d, Span span)
    {
        Span name = namePart(d, span);
        return name == null ? span : name.last() == span.last() ? name : span;
    }

    private boolean nounPhrase(QuoteUnits d, Span span)
    {
        for (int t = span.first(); t <= span.last(); t++) {
            if (!(npToken(d, t) || DETERMINERS.contains(d.lower[t]) || d.lower[t].equals("of")
                    || d.lower[t].equals("(") || d.lower[t].equals(")"))) {
                return false;
            }
        }
        return true;
    }

    /** "Program Director of ...", "a rebel spokesman": describes one person. */
    private boolean hasSingularTitle(QuoteUnits d, Span span)
    {
        for (TermHit hit : terms(d, span)) {
            String entry = hit.term().entry();
            if (!hit.term().termClass().namesABody() && !entry.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private boolean isDescription(QuoteUnits d, Span span)
    {
        return DETERMINERS.contains(d.lower[span.first()]) || !terms(d, span).isEmpty();
    }

    /** The characters of a reported clause, or null when it is nothing but a direct quote. */
    static int[] indirectSpan(QuoteUnits d, Span content, List<int[]> quotations)
    {
        int b = d.tokens.begin(content.first());
        int e = d.tokens.end(content.last());
        int innerB = b;
        int innerE = e;
        while (innerB < innerE && isMarkOrSpace(d.tokens.documentText().charAt(innerB))) {
            innerB++;
        }
        while (innerE > innerB && (isMarkOrSpace(d.tokens.documentText().charAt(innerE - 1))
                || ".,".indexOf(d.tokens.documentText().charAt(innerE - 1)) >= 0)) {
            innerE--;
        }
        for (int[] q : quotations) {
            if (q[0] == innerB && q[1] == innerE) {
                return null;
            }
        }
        return new int[] { b, e };
    }

    /** The characters a report's clause covers, quotation marks included. */
    static int[] region(QuoteUnits d, Span content)
    {
        return new int[] { d.tokens.begin(content.first()), d.tokens.end(content.last()) };
    }

    private static boolean isMarkOrSpace(char c)
    {
        return Character.isWhitespace(c) || "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB".indexOf(c) >= 0;
    }

    // ---- small token tests

    private static int trimEnd(QuoteUnits d, int from, int end)
    {
        while (end > from && (".,;:".contains(d.lower[end - 1]) || isDash(d, end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isDash(QuoteUnits d, int t)
    {
        return d.lower[t].equals("\u2014") || d.lower[t].equals("\u2013")
                || (d.lower[t].equals("-") && !d.tokens.gluedLeft(t));
    }

    private static boolean isSentencePunctuation(QuoteUnits d, int t)
    {
        String w = d.lower[t];
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";")
                || w.equals(":") || d.isOpeningQuote(t) || d.isClosingQuote(t);
    }

    private static boolean pluralSubject(QuoteUnits d, int j)
    {
        String w = d.lower[j];
        return w.equals("they") || w.equals("we") || w.equals("i") || w.equals("you")
                || (d.tokens.isWord(j) && w.endsWith("s") && !w.endsWith("ss"))
                || w.equals("police") || w.equals("people");
    }

    /** "on Tuesday", "last week" between a source and its verb. */
    private boolean timeAdverbial(QuoteUnits d, int j)
    {
        if (words(Kind.TIME).contains(d.lower[j]) && !d.lower[j].equals("may")) {
            return true;
        }
        return (d.lower[j].equals("on") || d.lower[j].equals("last") || d.lower[j].equals("this"))
                && j + 1 < d.tokens.size() && words(Kind.TIME).contains(d.lower[j + 1]);
    }

    private static boolean isNumber(QuoteUnits d, int t)
    {
        return d.lower[t].chars().allMatch(Character::isDigit);
    }

    /** Every word of the span capitalised: a proper name ("Doctors Without Borders" aside). */
    private static boolean isCapitalizedName(QuoteUnits d, Span span)
    {
        for (int t = span.first(); t <= span.last(); t++) {
            if (d.tokens.isWord(t) && !d.tokens.isCapitalised(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticiple(QuoteUnits d, int t)
    {
        String w = d.lower[t];
        return d.tokens.isWord(t) && !d.tokens.isCapitalised(t) && w.length() > 5 && w.endsWith("ing")
                && !w.equals("according");
    }

    private static boolean isVerbLike(QuoteUnits d, int t)
    {
        String w = d.lower[t];
        return d.tokens.isWord(t) && !d.tokens.isCapitalised(t) && (w.endsWith("ing") || w.endsWith("ed"));
    }
}
