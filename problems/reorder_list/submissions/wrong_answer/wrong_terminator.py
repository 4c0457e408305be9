def reorderList(head):
    nodes = []
    node = head
    while node:
        nodes.append(node)
        node = node.next
    i, j = 0, len(nodes) - 1
    while i < j:
        nodes[i].next = nodes[j]
        i += 1
        nodes[j].next = nodes[i]
        j -= 1
    nodes[j].next = None
