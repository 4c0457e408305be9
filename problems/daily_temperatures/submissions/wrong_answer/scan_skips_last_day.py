def dailyTemperatures(temperatures):
    n = len(temperatures)
    ans = [0] * n
    for i in range(n - 1):
        for j in range(i + 1, n - 1):
            if temperatures[j] > temperatures[i]:
                ans[i] = j - i
                break
    return ans
