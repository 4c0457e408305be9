// A trie of objects; search walks every child on a '.'.
var WordDictionary = function() {
    this.root = {};
};

/**
 * @param {string} word
 * @return {void}
 */
WordDictionary.prototype.addWord = function(word) {
    let node = this.root;
    for (const c of word) {
        if (!node[c]) node[c] = {};
        node = node[c];
    }
    node.$ = true;
};

/**
 * @param {string} word
 * @return {boolean}
 */
WordDictionary.prototype.search = function(word) {
    const dfs = (node, i) => {
        if (i === word.length) return node.$ === true;
        const c = word[i];
        if (c !== ".") return node[c] !== undefined && dfs(node[c], i + 1);
        for (const key in node) {
            if (key !== "$" && dfs(node[key], i + 1)) return true;
        }
        return false;
    };
    return dfs(this.root, 0);
};

/**
 * Your WordDictionary object will be instantiated and called as such:
 * var obj = new WordDictionary()
 * obj.addWord(word)
 * var param_2 = obj.search(word)
 */
