// BFS changing one letter at a time against a hash set of words
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> words(wordList.begin(), wordList.end());
        if (!words.count(endWord)) return 0;
        queue<string> q; q.push(beginWord);
        words.erase(beginWord);
        int steps = 1;
        while (!q.empty()) {
            int sz = q.size();
            while (sz--) {
                string w = q.front(); q.pop();
                if (w == endWord) return steps;
                for (size_t i = 0; i < w.size(); i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        auto it = words.find(w);
                        if (it != words.end()) { q.push(w); words.erase(it); }
                    }
                    w[i] = orig;
                }
            }
            steps++;
        }
        return 0;
    }
};
