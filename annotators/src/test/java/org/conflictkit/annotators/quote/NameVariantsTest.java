package org.conflictkit.annotators.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spellings of one name told apart from the names of two people. */
class NameVariantsTest
{
    @Test
    void transliterationsOfOneSurnameAreOneName()
    {
        assertTrue(NameVariants.sameName("Zelenskiy", "Zelensky"));
        assertTrue(NameVariants.sameName("Zelenskyy", "Volodymyr Zelensky"));
        assertTrue(NameVariants.sameName("Sergei Shoigu", "Shoygu"));
        assertTrue(NameVariants.sameName("Ramzan Kadyrov", "Ramzan Kadirov"));
        assertTrue(NameVariants.sameName("V. Petrenko", "Viktor Petrenko"));
        assertEquals(NameVariants.key("Zelenskiy"), NameVariants.key("Zelenskyy"));
    }

    @Test
    void differentPeopleStayApart()
    {
        // an added letter is another name, not another spelling
        assertFalse(NameVariants.sameName("Ivan Petrov", "Petrova"));
        assertFalse(NameVariants.sameName("Imran Ahmed", "Raja Ahmed"));
        assertFalse(NameVariants.sameName("Hassan", "Hussein"));
        // short keys must be spelled the same
        assertFalse(NameVariants.sameName("Omar Aziz", "Omar Azit"));
    }

    @Test
    void aFullerNameHasMoreWords()
    {
        assertTrue(NameVariants.fuller("Volodymyr Zelenskyy", "Zelensky"));
        assertFalse(NameVariants.fuller("Zelensky", "Zelenskiy"));
    }
}
