// A trie of nodes with a Map of children and an end-of-word flag.
class TrieNode {
    constructor() {
        this.children = new Map();
        this.end = false;
    }
}

class Trie {
    constructor() {
        this.root = new TrieNode();
    }

    insert(word) {
        let node = this.root;
        for (const c of word) {
            if (!node.children.has(c)) node.children.set(c, new TrieNode());
            node = node.children.get(c);
        }
        node.end = true;
    }

    walk(s) {
        let node = this.root;
        for (const c of s) {
            node = node.children.get(c);
            if (!node) return null;
        }
        return node;
    }

    search(word) {
        const node = this.walk(word);
        return node !== null && node.end;
    }

    startsWith(prefix) {
        return this.walk(prefix) !== null;
    }
}
