// Backtracking with counts of open and close parentheses placed.
class Solution {
    public List<String> generateParenthesis(int n) {
        List<String> res = new ArrayList<>();
        build(new char[2 * n], 0, 0, 0, n, res);
        return res;
    }
    private void build(char[] buf, int pos, int open, int close, int n, List<String> res) {
        if (pos == buf.length) { res.add(new String(buf)); return; }
        if (open < n) { buf[pos] = '('; build(buf, pos + 1, open + 1, close, n, res); }
        if (close < open) { buf[pos] = ')'; build(buf, pos + 1, open, close + 1, n, res); }
    }
}
