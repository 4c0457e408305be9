/**
 * // Definition for a _Node.
 * function _Node(val, neighbors) {
 *    this.val = val === undefined ? 0 : val;
 *    this.neighbors = neighbors === undefined ? [] : neighbors;
 * };
 */
var cloneGraph = function(node) {
    const map = new Map();
    const dfs = (n) => {
        if (!n) return null;
        if (map.has(n)) return map.get(n);
        const copy = new _Node(n.val);
        map.set(n, copy);
        for (const nb of n.neighbors) copy.neighbors.push(dfs(nb));
        return copy;
    };
    return dfs(node);
};
