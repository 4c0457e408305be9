class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        root = {}
        for w in wordDict:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = True

        reachable = [False] * (len(s) + 1)
        reachable[0] = True
        for start in range(len(s)):
            if not reachable[start]:
                continue
            node = root
            for end in range(start, len(s)):
                node = node.get(s[end])
                if node is None:
                    break
                if "$" in node:
                    reachable[end + 1] = True
        return reachable[-1]
