class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        queue = deque([0])
        seen = {0}
        while queue:
            start = queue.popleft()
            if start == len(s):
                return True
            for w in wordDict:
                end = start + len(w)
                if end not in seen and s.startswith(w, start):
                    seen.add(end)
                    queue.append(end)
        return False
