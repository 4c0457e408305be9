def hasCycle(head):
    # at most 10^4 nodes, so surviving 10^4 steps means we are going round a loop
    node = head
    for _ in range(10000):
        if node is None:
            return False
        node = node.next
    return True
