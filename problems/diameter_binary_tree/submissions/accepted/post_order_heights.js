// One post-order pass returning heights; the diameter bends at some node.
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
var diameterOfBinaryTree = function(root) {
    let best = 0;
    const height = (node) => {
        if (!node) return 0;
        const l = height(node.left);
        const r = height(node.right);
        best = Math.max(best, l + r);
        return Math.max(l, r) + 1;
    };
    height(root);
    return best;
};
