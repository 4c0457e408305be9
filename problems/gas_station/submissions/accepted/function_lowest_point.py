def canCompleteCircuit(gas, cost):
    # start right after the point where the running balance is lowest
    balance = 0
    lowest = 0
    lowest_at = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        balance += g - c
        if balance < lowest:
            lowest = balance
            lowest_at = i + 1
    if balance < 0:
        return -1
    return lowest_at % len(gas)
