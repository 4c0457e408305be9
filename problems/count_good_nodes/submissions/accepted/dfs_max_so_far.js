// Depth-first search carrying the largest value on the path from the root.
/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number}
 */
var goodNodes = function(root) {
    const dfs = (node, maxSoFar) => {
        if (!node) return 0;
        const good = node.val >= maxSoFar ? 1 : 0;
        const m = Math.max(maxSoFar, node.val);
        return good + dfs(node.left, m) + dfs(node.right, m);
    };
    return dfs(root, -Infinity);
};
