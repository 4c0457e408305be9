class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # from n - 1 pairs: wrap a string in a pair, or put a pair before or after it
        if n == 1:
            return ["()"]
        out = set()
        for s in self.generateParenthesis(n - 1):
            out.add("(" + s + ")")
            out.add("()" + s)
            out.add(s + "()")
        return list(out)
