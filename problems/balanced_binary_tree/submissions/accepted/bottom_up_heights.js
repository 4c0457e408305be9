// Post-order heights, -1 as soon as a subtree is unbalanced: O(n).
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
 * @return {boolean}
 */
var isBalanced = function(root) {
    const height = (node) => {
        if (!node) return 0;
        const left = height(node.left);
        if (left < 0) return -1;
        const right = height(node.right);
        if (right < 0 || Math.abs(left - right) > 1) return -1;
        return Math.max(left, right) + 1;
    };
    return height(root) >= 0;
};
