class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)
        times = [(target - p) / s for p, s in cars]
        fleets = 1
        for i in range(1, len(times)):
            # a car behind starts a new fleet if it is slower than the car right ahead
            if times[i] > times[i - 1]:
                fleets += 1
        return fleets
