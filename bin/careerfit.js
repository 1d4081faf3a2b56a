#!/usr/bin/env node
import '../dist/careerfit.js';
