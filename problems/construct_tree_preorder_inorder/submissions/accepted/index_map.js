// Recursion over in-order ranges with a map from value to in-order position: O(n).
/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {number[]} preorder
 * @param {number[]} inorder
 * @return {TreeNode}
 */
var buildTree = function(preorder, inorder) {
    const position = new Map();
    inorder.forEach((v, i) => position.set(v, i));
    let next = 0;
    const build = (lo, hi) => {
        if (lo > hi) return null;
        const val = preorder[next++];
        const mid = position.get(val);
        const node = new TreeNode(val);
        node.left = build(lo, mid - 1);
        node.right = build(mid + 1, hi);
        return node;
    };
    return build(0, inorder.length - 1);
};
