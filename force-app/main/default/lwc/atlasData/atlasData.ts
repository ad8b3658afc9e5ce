// The only place that knows Account Atlas's GraphQL queries and record writes. Panels import
// from here; each area keeps its queries and writes in a file of its own.
export * from 'c/atlasRecords';
export * from './accountPlanning';
export * from './deals';
