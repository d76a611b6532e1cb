package org.conflictkit.pipelines.server;

import java.io.IOException;
import java.io.StringReader;

import org.apache.uima.internal.util.XMLUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML of a request without ever opening a file or a connection: a DOCTYPE (and with it
 * every entity) is refused before anything of it is read, and a type system may not import
 * others.
 */
final class SafeXml
{
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    /** Raised when a request's XML asks for something the server never does. */
    static final class Refused
        extends SAXException
    {
        private static final long serialVersionUID = 1L;

        Refused(String reason)
        {
            super(reason);
        }
    }

    private SafeXml()
    {
    }

    /** Parses {@code xml} into {@code handler}; a DOCTYPE ends it with {@link Refused}. */
    static void parse(String xml, ContentHandler handler) throws SAXException, IOException
    {
        XMLReader reader = XMLUtils.createXMLReader();
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        reader.setProperty(LEXICAL_HANDLER, new DefaultHandler2()
        {
            @Override
            public void startDTD(String name, String publicId, String systemId)
                throws SAXException
            {
                throw new Refused("DOCTYPE declarations are not accepted");
            }
        });
        reader.setContentHandler(handler);
        // Without a handler the parser prints its errors to the console.
        reader.setErrorHandler(new DefaultHandler());
        reader.parse(new InputSource(new StringReader(xml)));
    }

    /** Checks a type system before UIMA reads it: no DOCTYPE, no imports (by location or name). */
    static void checkTypeSystem(String xml) throws SAXException, IOException
    {
        parse(xml, new DefaultHandler()
        {
            @Override
            public void startElement(String uri, String localName, String qName,
                    Attributes attributes)
                throws SAXException
            {
                if ("import".equals(localName) || "import".equals(qName)) {
                    throw new Refused("type system imports are not accepted; send one "
                            + "self-contained type system");
                }
            }
        });
    }
}
