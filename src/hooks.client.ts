// Every page is prerendered and readable as it arrives: let the browser paint it before hydration takes the main
// thread (hydrating the dashboard's map, timeline and table otherwise delays its first frame by a few hundred ms).
export async function init(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
