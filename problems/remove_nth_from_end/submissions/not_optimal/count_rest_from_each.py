# for every node, counts the nodes from it to the end until that count is n: O(L^2), fine for 30 nodes
def removeNthFromEnd(head, n):
    def length(node):
        count = 0
        while node:
            count += 1
            node = node.next
        return count

    if length(head) == n:
        return head.next
    prev = head
    while length(prev.next) != n:
        prev = prev.next
    prev.next = prev.next.next
    return head
