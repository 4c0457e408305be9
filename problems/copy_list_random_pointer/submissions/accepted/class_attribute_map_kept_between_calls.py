# Source: walkccc/LeetCode solutions/0138. Copy List with Random Pointer/0138.py
class Solution:
  def copyRandomList(self, head: 'Node') -> 'Node':
    if head is None:
      return None
    if head in self.map:
      return self.map[head]

    newNode = Node(head.val)
    self.map[head] = newNode
    newNode.next = self.copyRandomList(head.next)
    newNode.random = self.copyRandomList(head.random)
    return newNode

  map = {}
