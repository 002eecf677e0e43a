"""Example agents: a time-dependent agent (boulware, conceder, linear, hardliner) and a random agent."""
