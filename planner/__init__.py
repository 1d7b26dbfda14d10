"""Second Interview Planner: prepare for being invited back."""

APP_NAME = "Second Interview Planner"
APP_ID = "second-interview-planner"
ORGANIZATION = "SecondInterviewPlanner"
__version__ = "0.1.0"
