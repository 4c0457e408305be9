class Solution:
    def reverseList(self, head):
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        i, j = 0, len(nodes) - 1
        while i < j - 1:
            nodes[i].val, nodes[j].val = nodes[j].val, nodes[i].val
            i += 1
            j -= 1
        return nodes[0] if nodes else None
