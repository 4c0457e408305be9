// Preorder token lists with null markers; KMP finds subRoot's list inside root's: O(m + n).
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
 * @param {TreeNode} subRoot
 * @return {boolean}
 */
var isSubtree = function(root, subRoot) {
    const tokens = (node) => {
        const out = [], stack = [node];
        while (stack.length) {
            const cur = stack.pop();
            if (!cur) { out.push(null); continue; }
            out.push(cur.val);
            stack.push(cur.right, cur.left);
        }
        return out;
    };
    const text = tokens(root), pat = tokens(subRoot);
    const fail = new Array(pat.length).fill(0);
    for (let i = 1, k = 0; i < pat.length; i++) {
        while (k > 0 && pat[i] !== pat[k]) k = fail[k - 1];
        if (pat[i] === pat[k]) k++;
        fail[i] = k;
    }
    for (let i = 0, k = 0; i < text.length; i++) {
        while (k > 0 && text[i] !== pat[k]) k = fail[k - 1];
        if (text[i] === pat[k]) k++;
        if (k === pat.length) return true;
    }
    return false;
};
