import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element with its text and child elements: enough to read S3's small answers.
struct XMLElementTree {
    let name: String
    fileprivate(set) var text = ""
    fileprivate(set) var children: [XMLElementTree] = []

    /// The first child element named `name`.
    func child(_ name: String) -> XMLElementTree? {
        children.first { $0.name == name }
    }

    /// The text of the first child element named `name`.
    func text(of name: String) -> String? {
        child(name)?.text
    }

    /// Every child element named `name`, in document order.
    func children(named name: String) -> [XMLElementTree] {
        children.filter { $0.name == name }
    }

    /// The root element of `document`, nil when it is not well-formed XML.
    static func parse(_ document: Data) -> XMLElementTree? {
        let builder = TreeBuilder()
        let parser = XMLParser(data: document)
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }
}

/// Builds the tree from the parser's events, keeping the open elements on a stack.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    private var open: [XMLElementTree] = []
    private(set) var root: XMLElementTree?

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(XMLElementTree(name: elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(element)
        }
    }
}
