// Serialize both trees with null markers and search with KMP
class Solution {
    void ser(TreeNode* n, string& out) {
        if (!n) { out += ",#"; return; }
        out += ','; out += to_string(n->val);
        ser(n->left, out); ser(n->right, out);
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        string a, b;
        ser(root, a); ser(subRoot, b);
        // prefix function of b + '|' + a
        string s = b + "|" + a;
        vector<int> pi(s.size(), 0);
        for (size_t i = 1; i < s.size(); i++) {
            int k = pi[i - 1];
            while (k && s[i] != s[k]) k = pi[k - 1];
            if (s[i] == s[k]) k++;
            pi[i] = k;
            if (k == (int)b.size()) {
                // a match must end at a token boundary
                size_t end = i + 1;
                if (end == s.size() || s[end] == ',') return true;
            }
        }
        return false;
    }
};
