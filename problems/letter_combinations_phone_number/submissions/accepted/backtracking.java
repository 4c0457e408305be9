// Backtracking over the digits' letters.
class Solution {
    private static final String[] KEYS = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    public List<String> letterCombinations(String digits) {
        List<String> res = new ArrayList<>();
        if (digits.isEmpty()) return res;
        build(digits, 0, new char[digits.length()], res);
        return res;
    }
    private void build(String d, int i, char[] buf, List<String> res) {
        if (i == d.length()) { res.add(new String(buf)); return; }
        for (char c : KEYS[d.charAt(i) - '0'].toCharArray()) {
            buf[i] = c;
            build(d, i + 1, buf, res);
        }
    }
}
