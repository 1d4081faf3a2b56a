/**
 * How to write a careerfit command so that the person can paste it: `npx careerfit …` when they
 * started careerfit through npx (npm sets npm_command=exec for it), `careerfit …` when it is
 * installed on their PATH. A suggestion that says `careerfit` to someone who typed `npx careerfit`
 * fails with "command not found".
 */
export const commandPrefix = (env: NodeJS.ProcessEnv): string =>
  env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx' ? 'npx careerfit' : 'careerfit';
