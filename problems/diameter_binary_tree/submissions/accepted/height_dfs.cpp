// DFS for heights, the best left+right sum is the diameter
class Solution {
    int best = 0;
    int h(TreeNode* n) {
        if (!n) return 0;
        int l = h(n->left), r = h(n->right);
        best = max(best, l + r);
        return max(l, r) + 1;
    }
public:
    int diameterOfBinaryTree(TreeNode* root) { h(root); return best; }
};
