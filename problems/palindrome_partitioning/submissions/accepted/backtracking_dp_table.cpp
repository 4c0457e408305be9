// Palindrome table, then backtracking over cut points
class Solution {
    vector<vector<string>> res;
    vector<string> cur;
    vector<vector<char>> pal;
    void go(const string& s, int i) {
        if (i == (int)s.size()) { res.push_back(cur); return; }
        for (int j = i; j < (int)s.size(); j++)
            if (pal[i][j]) { cur.push_back(s.substr(i, j - i + 1)); go(s, j + 1); cur.pop_back(); }
    }
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        pal.assign(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        go(s, 0);
        return res;
    }
};
