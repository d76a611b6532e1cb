package org.conflictkit.annotators.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.conflictkit.annotators.quote.QuoteLexicon.Kind;
import org.conflictkit.annotators.quote.QuoteLexicon.TermClass;
import org.conflictkit.annotators.quote.ReportParser.Mention;
import org.conflictkit.annotators.quote.ReportParser.Span;
import org.conflictkit.annotators.quote.ReportParser.TermHit;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;

/**
 * What a speaker mention says about its source: name, title, organisation, whether it is an
 * official, and whether it is a person; filled from the mention's own words, its apposition, the
 * rest of the document, or an earlier mention it refers to.
 */
final class SpeakerProfile
{
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Words between a document and the body that issued it: "a statement from the army". */
    private static final Set<String> ISSUER_PREPOSITIONS = Set.of("from", "by", "on", "of");

    /** What the words about a person say of their sex, for the agreement of "he" and "she". */
    enum Gender
    {
        FEMININE, MASCULINE
    }

    final Mention mention;
    final int begin;
    String name;
    String title;
    String organization;
    Boolean official;
    boolean person;
    boolean plural;
    String pronoun;
    /** Null when nothing says. */
    Gender gender;
    Provenance provenance;

    SpeakerProfile(Mention mention, int begin)
    {
        this.mention = mention;
        this.begin = begin;
    }

    /** Fills the profile from the mention's own words and apposition. */
    static SpeakerProfile describe(QuoteUnits d, ReportParser parser, Mention mention,
            String rule)
    {
        Span words = mention.words();
        SpeakerProfile p = new SpeakerProfile(mention, d.tokens.begin(words.first()));
        p.provenance = Provenance.of(Engine.SPEAKER, rule);
        if (words.first() == words.last() && Set.of("he", "she", "it", "they")
                .contains(d.lower[words.first()])) {
            p.pronoun = d.lower[words.first()];
            p.gender = p.pronoun.equals("he") ? Gender.MASCULINE
                    : p.pronoun.equals("she") ? Gender.FEMININE : null;
            return p;
        }
        p.gender = gender(parser, d, words);
        if (p.gender == null) {
            p.gender = gender(parser, d, mention.apposition());
        }
        Span namePart = parser.namePart(d, words);
        if (namePart == null && parser.words(Kind.DOCUMENT).contains(d.lower[words.last()])) {
            return document(d, parser, p, words);
        }
        Span description = namePart == null ? words
                : new Span(words.first(), namePart.first() - 1);
        List<TermHit> hits = description.first() <= description.last()
                ? parser.terms(d, description) : List.of();
        List<TermHit> apposition = mention.apposition() == null ? List.of()
                : parser.terms(d, mention.apposition());
        p.official = decide(d, hits);
        if (p.official == null) {
            p.official = decide(d, apposition);
        }
        TermHit head = hits.isEmpty() ? null : hits.get(hits.size() - 1);
        p.title = title(d, hits);
        if (p.title == null) {
            p.title = title(d, apposition);
        }
        if (namePart != null) {
            p.person = true;
            p.name = text(d, namePart);
            p.organization = organization(d, description, hits);
        }
        else if (head == null || head.term().termClass().namesABody()) {
            p.name = stripDeterminer(d, words);
            p.organization = p.name;
        }
        else {
            String entry = head.term().entry().toLowerCase(Locale.ROOT);
            p.plural = parser.words(Kind.PLURAL_ROLE).contains(entry)
                    || (entry.endsWith("s") && !entry.endsWith("ss"));
            p.person = !p.plural && !head.term().termClass().namesABody();
            p.organization = organization(d, description, hits);
        }
        if (mention.apposition() != null && p.organization == null) {
            p.organization = organization(d, mention.apposition(), apposition);
        }
        return p;
    }

    /** Whether an "of" or "for" stands between two listed words. */
    private static boolean ofPhraseBefore(QuoteUnits d, TermHit first, TermHit hit)
    {
        for (int t = first.last() + 1; t < hit.first(); t++) {
            if (d.lower[t].equals("of") || d.lower[t].equals("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A United Nations report", "the ministry's statement", "a post on the ministry's channel":
     * a document speaks for the body that issued it, named before the document's noun or after
     * it ("from", "by", "on", "of" and the body, before its "'s" if any); it is no person, and
     * official as that body is (a document nothing names the issuer of is not).
     */
    private static SpeakerProfile document(QuoteUnits d, ReportParser parser, SpeakerProfile p,
            Span words)
    {
        p.provenance = p.provenance.with("kind", "document");
        Span issuer = new Span(words.first(), words.last() - 1);
        int k = words.last() + 1;
        if (organization(d, issuer, issuerTerms(d, parser, issuer)) == null
                && k + 1 < d.tokens.size() && ISSUER_PREPOSITIONS.contains(d.lower[k])) {
            Mention after = parser.unitSubject(d, k + 1, d.unitEnd[d.unit[k]]);
            if (after != null) {
                int last = after.words().last();
                for (int t = after.words().first(); t <= after.words().last(); t++) {
                    if (d.lower[t].equals("'s")) {
                        last = t - 1;
                        break;
                    }
                }
                issuer = new Span(after.words().first(), last);
            }
        }
        List<TermHit> hits = issuerTerms(d, parser, issuer);
        p.official = decide(d, hits);
        p.organization = organization(d, issuer, hits);
        p.name = p.organization;
        return p;
    }

    private static List<TermHit> issuerTerms(QuoteUnits d, ReportParser parser, Span issuer)
    {
        return issuer.first() <= issuer.last() ? parser.terms(d, issuer) : List.of();
    }

    /** The sex the FEMININE or MASCULINE words of a span give a person, or null. */
    static Gender gender(ReportParser parser, QuoteUnits d, Span span)
    {
        for (int t = span == null ? 0 : span.first(); span != null && t <= span.last(); t++) {
            if (parser.words(Kind.FEMININE).contains(d.lower[t])) {
                return Gender.FEMININE;
            }
            if (parser.words(Kind.MASCULINE).contains(d.lower[t])) {
                return Gender.MASCULINE;
            }
        }
        return null;
    }

    /** Whether a pronoun may refer to this person: nothing says otherwise. */
    boolean agreesWith(String pronoun)
    {
        return switch (pronoun) {
        case "he" -> gender != Gender.FEMININE;
        case "she" -> gender != Gender.MASCULINE;
        default -> true;
        };
    }

    /**
     * The official decision from the listed words of a description, or null when they say
     * nothing. The rightmost word before an "of" phrase is the head.
     */
    static Boolean decide(QuoteUnits d, List<TermHit> hits)
    {
        if (hits.isEmpty()) {
            return null;
        }
        // the head is the last listed word before an "of"/"for" phrase naming the body
        int phrase = Integer.MAX_VALUE;
        for (int t = hits.get(0).last() + 1; t < hits.get(hits.size() - 1).first(); t++) {
            if (d.lower[t].equals("of") || d.lower[t].equals("for")) {
                phrase = t;
                break;
            }
        }
        TermHit head = hits.get(0);
        for (TermHit hit : hits) {
            if (hit.first() < phrase) {
                head = hit;
            }
        }
        boolean nonBody = false;
        boolean nonPerson = false;
        boolean officialWord = false;
        for (TermHit hit : hits) {
            TermClass c = hit.term().termClass();
            nonBody |= c == TermClass.NON_OFFICIAL_BODY;
            nonPerson |= c == TermClass.NON_OFFICIAL_PERSON;
            officialWord |= c.isOfficial() || c == TermClass.LIKELY_OFFICIAL;
        }
        return switch (head.term().termClass()) {
        case NON_OFFICIAL_BODY, NON_OFFICIAL_PERSON -> false;
        case OFFICIAL_BODY, OFFICIAL_TITLE -> !nonPerson;
        case LIKELY_OFFICIAL, COUNTRY -> !(nonBody || nonPerson);
        case NEUTRAL -> nonBody || nonPerson ? Boolean.FALSE : officialWord ? Boolean.TRUE : null;
        };
    }

    /** The last title before an "of"/"for" phrase: "a spokeswoman for the governor". */
    private static String title(QuoteUnits d, List<TermHit> hits)
    {
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (i > 0 && ofPhraseBefore(d, hits.get(0), hits.get(i))) {
                continue;
            }
            TermClass c = hits.get(i).term().termClass();
            if (c == TermClass.OFFICIAL_TITLE || c == TermClass.NEUTRAL
                    || c == TermClass.NON_OFFICIAL_PERSON || c == TermClass.LIKELY_OFFICIAL) {
                return text(d, new Span(hits.get(i).first(), hits.get(i).last()));
            }
        }
        return null;
    }

    /** The words of a description before its title, or after its "of": the body spoken for. */
    private static String organization(QuoteUnits d, Span description, List<TermHit> hits)
    {
        if (description.first() > description.last()) {
            return null;
        }
        for (int t = description.first(); t < description.last(); t++) {
            if (d.lower[t].equals("of") || d.lower[t].equals("for")) {
                return stripDeterminer(d, new Span(t + 1, description.last()));
            }
        }
        TermHit title = null;
        for (TermHit hit : hits) {
            TermClass c = hit.term().termClass();
            if (c == TermClass.OFFICIAL_TITLE || c == TermClass.NEUTRAL
                    || c == TermClass.LIKELY_OFFICIAL || c == TermClass.NON_OFFICIAL_PERSON) {
                title = hit;
            }
        }
        int end = title == null ? description.last() : title.first() - 1;
        while (end >= description.first() && (d.lower[end].equals("'s") || !d.tokens.isWord(end))) {
            end--;
        }
        if (end < description.first()) {
            return null;
        }
        Span body = new Span(description.first(), end);
        for (int t = body.first(); t <= body.last(); t++) {
            if (d.tokens.isCapitalised(t) && !DETERMINERS.contains(d.lower[t])) {
                return stripDeterminer(d, body); // a name, not an adjective like "local"
            }
        }
        for (TermHit hit : hits) {
            if (hit.last() <= end && hit.term().termClass().namesABody()) {
                return stripDeterminer(d, body);
            }
        }
        return null;
    }

    static String stripDeterminer(QuoteUnits d, Span span)
    {
        int first = span.first();
        // determiners and counts go ("12 soldiers"), ordinals stay ("5th Brigade")
        while (first <= span.last() && (DETERMINERS.contains(d.lower[first])
                || d.tokens.isWord(first) && Character.isDigit(d.lower[first].charAt(0))
                        && !d.lower[first].matches("\\d+(st|nd|rd|th)"))) {
            first++;
        }
        int last = span.last();
        while (last >= first && (d.lower[last].equals("'s") || !d.tokens.isWord(last))) {
            last--;
        }
        return first <= last ? text(d, new Span(first, last)) : null;
    }

    static String text(QuoteUnits d, Span span)
    {
        return d.tokens.documentText().substring(d.tokens.begin(span.first()), d.tokens.end(span.last()));
    }

    /** Takes over what an earlier mention of the same source established. */
    void copyFrom(SpeakerProfile antecedent, String how)
    {
        name = antecedent.name;
        title = title != null ? title : antecedent.title;
        organization = organization != null ? organization : antecedent.organization;
        if (antecedent.official != null) {
            official = antecedent.official;
        }
        person = antecedent.person;
        plural = antecedent.plural;
        gender = antecedent.gender != null ? antecedent.gender : gender;
        provenance = provenance.with("resolved", how);
    }
}
