package org.conflictkit.pipelines.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value that must be a whole number of at least 1; picocli reports anything else
 * as a usage error naming the option (exit code 2) before the command runs.
 */
public final class PositiveInteger
    implements ITypeConverter<Integer>
{
    @Override
    public Integer convert(String value)
    {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (number < 1) {
            throw new TypeConversionException("'" + value + "' must be at least 1");
        }
        return number;
    }
}
