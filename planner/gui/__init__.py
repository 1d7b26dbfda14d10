"""The Qt front end: it presents and edits what planner.core and planner.store hold."""
