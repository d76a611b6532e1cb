package org.conflictkit.annotators.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.lexicon.TokenTrie;
import org.conflictkit.annotators.text.TokenView;

/** The tokens, sentences, mentions and document-wide facts of one CAS. */
final class Document
{
    /** What may stand between coordinated names: "Kharkiv, Sumy and Poltava". */
    static final Set<String> COORDINATORS = Set.of(",", "and", "or", "&");

    final TokenView view;
    /** The gazetteer key of each token ({@link Gazetteer#key(String)}). */
    final String[] keys;
    final List<Mention> mentions = new ArrayList<>();
    /** The first mention ending at each token, for lookups in constant time. */
    private final Map<Integer, Mention> endingAt = new HashMap<>();
    final Set<String> personKeys = new HashSet<>();
    /** The keys of one-word names that stand before a noun of news media, with that noun. */
    final Map<String, String> mediaKeys = new HashMap<>();
    final Map<String, Integer> countries = new HashMap<>();
    /** How many of the certain mentions in {@link #countries} each name made. */
    private final Map<String, Integer> countedByKey = new HashMap<>();
    /** The country each name counted for. */
    private final Map<String, String> countryOfKey = new HashMap<>();
    /** How often the text uses an adjective of each country's nationality ("French"). */
    private final Map<String, Integer> demonymCounts = new HashMap<>();
    /** The keys of names accepted with evidence (for the rule named-elsewhere). */
    final Set<String> evidencedKeys = new HashSet<>();
    /** The engine's lists and gazetteer. */
    final LocationResources resources;
    /** The keys of given names. */
    private final Set<String> givenNames;

    /**
     * @param givenNames the keys of given names ({@link LocationResources#givenNames(long)})
     */
    Document(JCas jcas, LocationResources resources, Set<String> givenNames)
    {
        this.resources = resources;
        this.givenNames = givenNames;
        view = TokenView.of(jcas);
        keys = new String[view.size()];
        for (int t = 0; t < keys.length; t++) {
            keys[t] = Gazetteer.key(view.text(t));
            String country = view.isCapitalised(t) ? resources.countryDemonyms.get(keys[t])
                    : null;
            if (country != null) {
                demonymCounts.merge(country, 1, Integer::sum);
            }
        }
        collectPersonNames();
        collectMediaNames();
    }

    int sentenceStart(int token)
    {
        return view.sentenceStart(view.sentenceOf(token));
    }

    int sentenceEnd(int token)
    {
        return view.sentenceEnd(view.sentenceOf(token));
    }

    String key(int first, int last)
    {
        StringBuilder key = new StringBuilder();
        for (int k = first; k <= last; k++) {
            key.append(keys[k]);
        }
        return key.toString();
    }

    String text(int first, int last)
    {
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && view.begin(k) > view.end(k - 1)) {
                text.append(' ');
            }
            text.append(view.text(k));
        }
        return text.toString();
    }

    /**
     * Surnames of people: capitalised words after a given name ("Juan Manuel Santos") or a
     * title ("President Duque"), so that later mentions of them alone are not places.
     */
    private void collectPersonNames()
    {
        for (int i = 0; i < view.size(); i++) {
            boolean title = resources.personTitles.contains(view.lower(i));
            boolean given = view.isCapitalised(i) && givenNames.contains(keys[i]);
            if (!title && !given) {
                continue;
            }
            int k = i + 1;
            int end = sentenceEnd(i);
            while (k < end && view.isCapitalised(k)
                    && resources.personTitles.contains(view.lower(k))) {
                k++;
            }
            int first = k;
            while (k < end && view.isCapitalised(k) && !view.text(k).endsWith(".")) {
                k++;
            }
            // A lower-case role word ("spokesman") needs a full name after it.
            if (given || view.isCapitalised(i) || k - first >= 2) {
                for (int n = first; n < k; n++) {
                    personKeys.add(keys[n]);
                }
            }
        }
        collectNamesWithAge();
    }

    /** "the Xinhua news agency": the name before a lower-case noun of news media. */
    private void collectMediaNames()
    {
        for (int i = 0; i + 1 < view.size(); i++) {
            if (view.isCapitalised(i) && view.isWord(i) && !view.isCapitalised(i + 1)) {
                TokenTrie.Match<String> noun = resources.mediaNouns.longestMatch(view.lowers(),
                        i + 1, t -> t);
                if (noun != null) {
                    mediaKeys.putIfAbsent(keys[i], noun.value());
                }
            }
        }
    }

    /** One or two digits, not starting with 0. */
    private static boolean isAge(String text)
    {
        return (text.length() == 1 || text.length() == 2) && text.charAt(0) >= '1'
                && text.charAt(0) <= '9' && Character.isDigit(text.charAt(text.length() - 1));
    }

    /**
     * "Dana Marie Quill, 34, of ...": a name of two or more capitalised words followed by an
     * age between commas is a person's; its last word is a surname.
     */
    private void collectNamesWithAge()
    {
        for (int i = 1; i + 2 < view.size(); i++) {
            if (!view.text(i).equals(",") || !view.text(i + 2).equals(",")
                    || !isAge(view.text(i + 1))) {
                continue;
            }
            int first = i;
            while (first > sentenceStart(i) && view.isCapitalised(first - 1)
                    && view.isWord(first - 1)) {
                first--;
            }
            if (i - first >= 2) {
                personKeys.add(keys[i - 1]);
            }
        }
    }

    boolean startsMention(int token)
    {
        String key = keys[token];
        return resources.gazetteer.contains(key)
                || resources.facilityHeads.longestMatch(view.lowers(), token, t -> t) != null
                || resources.regionHeads.longestMatch(view.lowers(), token, t -> t) != null;
    }

    /** Numbers the mentions in text order; call after each change of the list. */
    void indexMentions()
    {
        endingAt.clear();
        for (int k = 0; k < mentions.size(); k++) {
            mentions.get(k).index = k;
            endingAt.putIfAbsent(mentions.get(k).spanLast, mentions.get(k));
        }
    }

    Mention mentionEndingAt(int token)
    {
        return endingAt.get(token);
    }

    /** The mention before {@code m} in the same sentence, separated only by , and "and". */
    Mention coordinatedBefore(Mention m)
    {
        int index = m.index;
        if (index == 0) {
            return null;
        }
        Mention before = mentions.get(index - 1);
        return areCoordinated(before, m) ? before : null;
    }

    Mention coordinatedAfter(Mention m)
    {
        int index = m.index;
        if (index + 1 >= mentions.size()) {
            return null;
        }
        Mention after = mentions.get(index + 1);
        return areCoordinated(m, after) ? after : null;
    }

    private boolean areCoordinated(Mention a, Mention b)
    {
        if (view.sentenceOf(a.first) != view.sentenceOf(b.first) || b.first <= a.spanLast + 1
                || b.first - a.spanLast > 3) {
            return false;
        }
        for (int k = a.spanLast + 1; k < b.first; k++) {
            if (!COORDINATORS.contains(view.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Chains of mentions coordinated with each other, in text order. */
    List<List<Mention>> coordinationChains()
    {
        List<List<Mention>> chains = new ArrayList<>();
        List<Mention> chain = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.rejected != null) {
                continue;
            }
            if (!chain.isEmpty() && !areCoordinated(chain.get(chain.size() - 1), m)) {
                chains.add(chain);
                chain = new ArrayList<>();
            }
            chain.add(m);
        }
        if (!chain.isEmpty()) {
            chains.add(chain);
        }
        return chains;
    }

    /**
     * Places that may contain {@code m}: right after it ("Pokrovsk, Donetsk region", "Haifa
     * (Israel)", "Bogota, Colombia") or owning it ("Russia's Irkutsk region").
     */
    List<Mention> containers(Mention m)
    {
        List<Mention> result = new ArrayList<>();
        int index = m.index;
        if (index + 1 < mentions.size()) {
            Mention after = mentions.get(index + 1);
            if (after.accepted && view.sentenceOf(after.first) == view.sentenceOf(m.first)
                    && after.first - m.spanLast <= 5 && onlyLinks(m.spanLast + 1, after.first)) {
                result.add(after);
            }
        }
        if (index > 0) {
            Mention before = mentions.get(index - 1);
            if (before.accepted && before.spanLast + 2 == m.first
                    && keys[m.first - 1].equals("s")) {
                result.add(before);
            }
        }
        return result;
    }

    /** Only a comma, a bracket or a short lower-case phrase with "in" ("located in the"). */
    private boolean onlyLinks(int from, int to)
    {
        boolean in = false;
        for (int k = from; k < to; k++) {
            String lower = view.lower(k);
            if (lower.equals(",") || lower.equals("(") || lower.equals("in")) {
                in = true;
            }
            else if (!view.isWord(k) || view.isCapitalised(k)) {
                return false;
            }
        }
        return in;
    }

    /**
     * Counts (again) the countries of the accepted mentions whose country is certain; a common
     * word or a name of several places that names only villages smaller than
     * {@code minPopulation} counts for none.
     */
    void countCountries(long minPopulation)
    {
        countries.clear();
        countedByKey.clear();
        countryOfKey.clear();
        for (Mention m : mentions) {
            if (!m.accepted || m.entries.length == 0 || namesOnlyVillages(m, minPopulation)) {
                continue;
            }
            String country = m.entries[0].place().countryCode();
            boolean certain = !country.equals("XX");
            String namedCountry = null; // "Congo" names two countries and counts for neither
            boolean oneCountryNamed = true;
            Set<String> regionCountries = new HashSet<>();
            for (Gazetteer.Entry entry : m.entries) {
                if (entry.place().kind() == PlaceKind.COUNTRY) {
                    oneCountryNamed &= namedCountry == null
                            || namedCountry.equals(entry.place().countryCode());
                    namedCountry = entry.place().countryCode();
                }
                else if (entry.place().kind() == PlaceKind.REGION) {
                    regionCountries.add(entry.place().countryCode());
                }
                certain &= entry.place().countryCode().equals(country);
            }
            if (namedCountry != null) {
                // nor does "Georgia", also a division of another country
                regionCountries.remove(namedCountry);
                certain = oneCountryNamed && regionCountries.isEmpty();
                country = namedCountry;
            }
            if (certain) {
                countries.merge(country, 1, Integer::sum);
                countedByKey.merge(key(m.first, m.last), 1, Integer::sum);
                countryOfKey.put(key(m.first, m.last), country);
            }
        }
    }

    /** A one-word name that is also a common word ("Mobile", "Split"). */
    boolean isCommonWord(Mention m)
    {
        return m.first == m.last && resources.commonWords.contains(view.lower(m.first));
    }

    /**
     * A one-word name that is also an English word ("the Crescent"), or a name of several places
     * ("Middlesex"), whose own readings are all towns smaller than {@code minPopulation}: the
     * gazetteer's villages of that name say little about the story's country.
     */
    private boolean namesOnlyVillages(Mention m, long minPopulation)
    {
        if (!isCommonWord(m) && m.entries.length < 2) {
            return false;
        }
        for (Gazetteer.Entry entry : m.entries) {
            Place place = entry.place();
            if (entry.primary() && (place.kind() != PlaceKind.CITY
                    || place.source().startsWith("curated") || place.population() >= minPopulation)) {
                return false;
            }
        }
        return true;
    }

    int countryWeight(String countryCode)
    {
        return countries.getOrDefault(countryCode, 0);
    }

    /**
     * The certain mentions of a country other than those of the name {@code key} itself: a
     * name does not vouch for its own reading ("Palestine" ten times in a story about
     * Palestine, Texas).
     */
    int countryWeightWithout(String countryCode, String key)
    {
        int own = countedByKey.getOrDefault(key, 0);
        int weight = countryWeight(countryCode);
        String ownCountry = own == 0 ? null : countryOfKey.get(key);
        return countryCode.equals(ownCountry) ? weight - own : weight;
    }

    /**
     * How often the text uses an adjective of the nationality of {@code countryCode}: evidence
     * for its places in the resolution, but not for the document's main country.
     */
    int demonymCount(String countryCode)
    {
        return demonymCounts.getOrDefault(countryCode, 0);
    }

    String mainCountry()
    {
        return countries.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }
}
