// Backtracking over the digits' letters
class Solution {
    const vector<string> keys{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    vector<string> res;
    void go(const string& d, size_t i, string& cur) {
        if (i == d.size()) { res.push_back(cur); return; }
        for (char c : keys[d[i] - '0']) { cur.push_back(c); go(d, i + 1, cur); cur.pop_back(); }
    }
public:
    vector<string> letterCombinations(string digits) {
        if (digits.empty()) return {};
        string cur;
        go(digits, 0, cur);
        return res;
    }
};
