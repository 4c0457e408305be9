from typing import List


class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        out = [0] * n
        st = []
        for i in reversed(range(n)):
            while st and temperatures[st[-1]] <= temperatures[i]:
                st.pop()
            if st:
                out[i] = st[-1] - i
            st.append(i)
        return out
