// Each string written as its length, '#', then the string
class Codec {
public:
    string encode(vector<string>& strs) {
        string out;
        for (auto& s : strs) { out += to_string(s.size()); out += '#'; out += s; }
        return out;
    }
    vector<string> decode(string s) {
        vector<string> res;
        size_t i = 0;
        while (i < s.size()) {
            size_t h = s.find('#', i);
            size_t len = stoul(s.substr(i, h - i));
            res.push_back(s.substr(h + 1, len));
            i = h + 1 + len;
        }
        return res;
    }
};
